#!/usr/bin/env bash
# Stops the application bench/start.sh started (by its recorded process id).
set -euo pipefail
state=${BENCH_STATE:-/tmp/deputy-action-bench}
if [ -f "$state/app.pid" ]; then
  pid=$(cat "$state/app.pid")
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  rm -f "$state/app.pid"
fi
