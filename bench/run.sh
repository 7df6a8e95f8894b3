#!/usr/bin/env bash
# Measures the pages named in docs/benchmarks.md at a fixed concurrency against a running
# application (bench/start.sh), each as requests/s, p50 and p99, and as a ratio to the
# baseline page (/public/about: a Thymeleaf page with no database access) measured in the
# same run, before and after the others.
# Env: BASE (http://localhost:8086), CONCURRENCY (8), THREADS (2), DURATION (20s),
#      WARMUP (5s), STATION (ES-LC-DT-01), USER (office), PASSWORD (demo-Enshi-2026),
#      PAGES (all; or a space-separated subset of the names below), DEEP_PAGE (999: the
#      1,000th page, 0-based), BENCH_STATE (/tmp/deputy-action-bench, for the pid).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${BASE:-http://localhost:8086}
conc=${CONCURRENCY:-8}
threads=${THREADS:-2}
duration=${DURATION:-20s}
warmup=${WARMUP:-5s}
station=${STATION:-ES-LC-DT-01}
user=${USER_NAME:-office}
password=${PASSWORD:-demo-Enshi-2026}
deep=${DEEP_PAGE:-999}
state=${BENCH_STATE:-/tmp/deputy-action-bench}
pid=$(cat "$state/app.pid" 2>/dev/null || echo "")

cookie=$("$here/signin.sh" "$base" "$user" "$password")
item=$(curl -s -H "Cookie: $cookie" "$base/work?queue=OVERDUE" | grep -o 'href="/suggestions/[0-9]*"' | head -1 | grep -o '[0-9]*')
if [ -z "$item" ]; then
  echo "no suggestion found in $user's work queue" >&2
  exit 1
fi

# name | path | signed in (1) or public (0)
pages=(
  "baseline|/public/about|0"
  "station|/public/stations/$station|0"
  "work-queue|/work|1"
  "item|/suggestions/$item|1"
  "dashboard|/reports|1"
  "list-first|/reports/items?bucket=PROPOSED&page=0|1"
  "list-deep|/reports/items?bucket=PROPOSED&page=$deep|1"
)

rss_mb() { [ -n "$pid" ] && echo $(( $(ps -o rss= -p "$pid" | tr -d ' ') / 1024 )) || echo "-"; }

declare -A rps p50 p99 errs
max_rss=0
measure() { # name path signed
  local name=$1 path=$2 signed=$3 c=""
  [ "$signed" = 1 ] && c=$cookie
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' ${c:+-H "Cookie: $c"} "$base$path")
  if [ "$status" != 200 ]; then
    echo "$name: $path answered $status" >&2
    exit 1
  fi
  BENCH_COOKIE=$c wrk -t"$threads" -c"$conc" -d"$warmup" -s "$here/report.lua" "$base$path" > /dev/null
  ( while true; do rss_mb; sleep 1; done ) > "$state/rss.$name" 2>/dev/null &
  local sampler=$!
  local line
  line=$(BENCH_COOKIE=$c wrk -t"$threads" -c"$conc" -d"$duration" --timeout 10s -s "$here/report.lua" "$base$path" | grep '^RESULT')
  kill "$sampler" 2>/dev/null || true
  record "$name" "$line"
}
record() {
  local name=$1 line=$2
  rps[$name]=$(sed 's/.*rps=\([^ ]*\).*/\1/' <<< "$line")
  p50[$name]=$(sed 's/.*p50_ms=\([^ ]*\).*/\1/' <<< "$line")
  p99[$name]=$(sed 's/.*p99_ms=\([^ ]*\).*/\1/' <<< "$line")
  errs[$name]=$(sed 's/.*errors=\([^ ]*\).*/\1/' <<< "$line")
  if [ -f "$state/rss.$name" ]; then
    local m
    m=$(sort -n "$state/rss.$name" | tail -1)
    [ -n "$m" ] && [ "$m" != "-" ] && [ "$m" -gt "$max_rss" ] && max_rss=$m
  fi
}

mkdir -p "$state"
echo "rss_after_warmup_mb=$(rss_mb)"
selected=${PAGES:-all}
for entry in "${pages[@]}"; do
  IFS='|' read -r name path signed <<< "$entry"
  if [ "$name" = baseline ] || [ "$selected" = all ] || [[ " $selected " == *" $name "* ]]; then
    measure "$name" "$path" "$signed"
  fi
done
if [ "$selected" = all ] || [[ " $selected " == *" sign-in "* ]]; then
  line=$(java "$here/SignInLoad.java" "$base" "$conc" "${duration%s}" "$user" "$password" | grep '^RESULT')
  record sign-in "$line"
fi
# the baseline again, at the end: the mean of both is the run's baseline
base1=${rps[baseline]}
measure baseline "/public/about" 0
base2=${rps[baseline]}
baseline=$(awk -v a="$base1" -v b="$base2" 'BEGIN { printf "%.1f", (a + b) / 2 }')

echo
echo "concurrency $conc, $threads wrk threads, $duration per page after $warmup warm-up; $(date -u +%FT%TZ); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "baseline /public/about: $base1 and $base2 requests/s (mean $baseline)"
echo
printf '| %-11s | %9s | %8s | %8s | %7s | %6s | %s\n' page "req/s" "p50 ms" "p99 ms" "ratio" errors target
printf '|%s|\n' "-------------|-----------|----------|----------|---------|--------|-------"
for name in station work-queue item dashboard list-first list-deep sign-in; do
  [ -n "${rps[$name]:-}" ] || continue
  ratio=$(awk -v a="${rps[$name]}" -v b="$baseline" 'BEGIN { printf "%.1f%%", 100 * a / b }')
  target=""
  case $name in
    station) target=$(awk -v a="${rps[$name]}" -v b="$baseline" 'BEGIN { print (a / b >= 0.5) ? "≥ 50%: met" : "≥ 50%: NOT met" }') ;;
    work-queue|item) target=$(awk -v a="${rps[$name]}" -v b="$baseline" 'BEGIN { print (a / b >= 0.4) ? "≥ 40%: met" : "≥ 40%: NOT met" }') ;;
    dashboard) target=$(awk -v a="${rps[$name]}" -v b="$baseline" -v p="${p99[$name]}" 'BEGIN { print (a / b >= 0.25 && p <= 100) ? "≥ 25%, p99 ≤ 100 ms: met" : "≥ 25%, p99 ≤ 100 ms: NOT met" }') ;;
    list-deep) [ -n "${rps[list-first]:-}" ] && target=$(awk -v f="${rps[list-first]}" -v d="${rps[$name]}" 'BEGIN { printf "first/deep throughput %.2f (≤ 1.5: %s)", f / d, (f / d <= 1.5) ? "met" : "NOT met" }') ;;
  esac
  printf '| %-11s | %9s | %8s | %8s | %7s | %6s | %s\n' "$name" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "$ratio" "${errs[$name]}" "$target"
done
echo
echo "rss_under_load_max_mb=$max_rss rss_after_run_mb=$(rss_mb)"
