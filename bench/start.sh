#!/usr/bin/env bash
# Starts the packaged application on a data folder for benchmarking, and reports the time
# from launch to the first answered request and the resident memory then.
# Usage: bench/start.sh DATA_DIRECTORY [HEAP]      (HEAP default 1g, e.g. 512m, 2g)
# Env: PORT (8086), EMBEDDED_DATABASE_PORT (54336), JAR (target/deputy-action-*.jar),
#      METRICS_TOKEN (passed on), BENCH_STATE (/tmp/deputy-action-bench): pid and log.
set -euo pipefail
data=${1:?data folder}
heap=${2:-1g}
port=${PORT:-8086}
dbport=${EMBEDDED_DATABASE_PORT:-54336}
state=${BENCH_STATE:-/tmp/deputy-action-bench}
jar=${JAR:-$(ls "$(dirname "$0")"/../target/deputy-action-*.jar | head -1)}
mkdir -p "$state"
if [ -f "$state/app.pid" ] && kill -0 "$(cat "$state/app.pid")" 2>/dev/null; then
  echo "already running: pid $(cat "$state/app.pid") (bench/stop.sh stops it)" >&2
  exit 1
fi
t0=$(date +%s%N)
PORT=$port EMBEDDED_DATABASE_PORT=$dbport DATA_DIRECTORY=$data \
  nohup java -Xms"$heap" -Xmx"$heap" -jar "$jar" > "$state/app.log" 2>&1 &
echo $! > "$state/app.pid"
until curl -sf -o /dev/null "http://localhost:$port/public/about"; do
  if ! kill -0 "$(cat "$state/app.pid")" 2>/dev/null; then
    echo "the application stopped; see $state/app.log" >&2
    exit 1
  fi
  sleep 0.2
done
t1=$(date +%s%N)
rss=$(ps -o rss= -p "$(cat "$state/app.pid")" | tr -d ' ')
echo "STARTUP heap=$heap to_first_request_ms=$(( (t1 - t0) / 1000000 )) rss_mb=$(( rss / 1024 )) pid=$(cat "$state/app.pid")"
grep -o 'Started DeputyActionApplication in [0-9.]* seconds' "$state/app.log" || true
