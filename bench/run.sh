#!/usr/bin/env bash
# Measures the pages named in docs/benchmarks.md at a fixed concurrency against a running
# application (bench/start.sh), each as requests/s, p50 and p99, and as a ratio to the
# baseline page (/public/about: a Thymeleaf page with no database access) measured in the
# same run: the baseline runs before every page and once at the end, and each page's ratio
# is to the mean of the baselines just before and just after it (the machine's load moves).
# Env: BASE (http://localhost:8086), CONCURRENCY (8), THREADS (2), DURATION (20s),
#      WARMUP (5s), PREWARM (20s: each page once before any is measured, so that the JIT
#      has compiled the code all pages share; on 2 cores it takes minutes), STATION (ES-LC-DT-01), USER (office), PASSWORD (demo-Enshi-2026),
#      PAGES (all; or a space-separated subset of the names below), DEEP_PAGE (999: the
#      1,000th page, 0-based), BENCH_STATE (/tmp/deputy-action-bench, for the pid),
#      DB_PORT (${EMBEDDED_DATABASE_PORT:-54336}: psql finds the deep page's cursor there;
#      or give DEEP_CURSOR, e.g. 2026-03-01_4711, the last item of the page before).
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

# The deep page as the application's "next" link reaches it: from the cursor of the page
# before (the 50 items per page of /reports/items, this year's items of the prefecture).
cursor=${DEEP_CURSOR:-}
if [ -z "$cursor" ]; then
  cursor=$(psql -h localhost -p "${DB_PORT:-${EMBEDDED_DATABASE_PORT:-54336}}" -U postgres -Atc "
    select s.proposed_on || '_' || s.id from suggestion s
     where s.county_id in (select id from county where prefecture_id = (select min(id) from prefecture))
       and s.proposed_on between date_trunc('year', current_date)::date
                             and (date_trunc('year', current_date) + interval '1 year - 1 day')::date
     order by s.proposed_on desc, s.id desc offset $(( deep * 50 - 1 )) limit 1" 2>/dev/null || true)
fi

# name | path | signed in (1) or public (0)
pages=(
  "baseline|/public/about|0"
  "about-signed-in|/public/about|1"
  "station|/public/stations/$station|0"
  "work-queue|/work|1"
  "item|/suggestions/$item|1"
  "dashboard|/reports|1"
  "list-first|/reports/items?bucket=PROPOSED&page=0|1"
  "list-deep|/reports/items?bucket=PROPOSED&page=$deep&after=$cursor|1"
  "list-offset|/reports/items?bucket=PROPOSED&page=$deep|1"
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
    if [ -n "$m" ] && [ "$m" != "-" ] && [ "$m" -gt "$max_rss" ]; then
      max_rss=$m
    fi
  fi
  return 0
}

mkdir -p "$state"
prewarm=${PREWARM:-20s}
if [ "$prewarm" != 0 ] && [ "$prewarm" != 0s ]; then
  for entry in "${pages[@]}"; do
    IFS='|' read -r name path signed <<< "$entry"
    c=""
    [ "$signed" = 1 ] && c=$cookie
    BENCH_COOKIE=$c wrk -t"$threads" -c"$conc" -d"$prewarm" -s "$here/report.lua" "$base$path" > /dev/null
  done
fi
echo "rss_after_warmup_mb=$(rss_mb)"
selected=${PAGES:-all}
order=()
bases=()
declare -A before_base
for entry in "${pages[@]}"; do
  IFS='|' read -r name path signed <<< "$entry"
  [ "$name" = baseline ] && continue
  if [ "$selected" = all ] || [[ " $selected " == *" $name "* ]]; then
    measure baseline "/public/about" 0
    bases+=("${rps[baseline]}")
    before_base[$name]=${#bases[@]}
    order+=("$name")
    measure "$name" "$path" "$signed"
  fi
done
if [ "$selected" = all ] || [[ " $selected " == *" sign-in "* ]]; then
  measure baseline "/public/about" 0
  bases+=("${rps[baseline]}")
  before_base[sign-in]=${#bases[@]}
  order+=(sign-in)
  line=$(java "$here/SignInLoad.java" "$base" "$conc" "${duration%s}" "$user" "$password" | grep '^RESULT')
  record sign-in "$line"
fi
measure baseline "/public/about" 0
bases+=("${rps[baseline]}")
baseline_of() { # the mean of the baselines just before and after a page
  local i=${before_base[$1]}
  awk -v a="${bases[$((i - 1))]}" -v b="${bases[$i]}" 'BEGIN { printf "%.1f", (a + b) / 2 }'
}
baseline=$(printf '%s\n' "${bases[@]}" | awk '{ s += $1 } END { printf "%.1f", s / NR }')

echo
echo "concurrency $conc, $threads wrk threads, $duration per page after $warmup warm-up; $(date -u +%FT%TZ); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "baseline /public/about, before each page and at the end: ${bases[*]} requests/s (mean $baseline)"
echo
printf '| %-11s | %9s | %9s | %8s | %8s | %7s | %6s | %s\n' page "req/s" "baseline" "p50 ms" "p99 ms" "ratio" errors target
printf '|%s|\n' "-------------|-----------|-----------|----------|----------|---------|--------|-------"
for name in "${order[@]}"; do
  [ -n "${rps[$name]:-}" ] || continue
  baseline=$(baseline_of "$name")
  ratio=$(awk -v a="${rps[$name]}" -v b="$baseline" 'BEGIN { printf "%.1f%%", 100 * a / b }')
  target=""
  case $name in
    station) target=$(awk -v a="${rps[$name]}" -v b="$baseline" 'BEGIN { print (a / b >= 0.5) ? "≥ 50%: met" : "≥ 50%: NOT met" }') ;;
    work-queue|item) target=$(awk -v a="${rps[$name]}" -v b="$baseline" 'BEGIN { print (a / b >= 0.4) ? "≥ 40%: met" : "≥ 40%: NOT met" }') ;;
    dashboard) target=$(awk -v a="${rps[$name]}" -v b="$baseline" -v p="${p99[$name]}" 'BEGIN { print (a / b >= 0.25 && p <= 100) ? "≥ 25%, p99 ≤ 100 ms: met" : "≥ 25%, p99 ≤ 100 ms: NOT met" }') ;;
    list-deep) [ -n "${rps[list-first]:-}" ] && target=$(awk -v f="${rps[list-first]}" -v d="${rps[$name]}" 'BEGIN { printf "first/deep throughput %.2f (≤ 1.5: %s)", f / d, (f / d <= 1.5) ? "met" : "NOT met" }') ;;
  esac
  printf '| %-11s | %9s | %9s | %8s | %8s | %7s | %6s | %s\n' "$name" "${rps[$name]}" "$baseline" "${p50[$name]}" "${p99[$name]}" "$ratio" "${errs[$name]}" "$target"
done
echo
echo "rss_under_load_max_mb=$max_rss rss_after_run_mb=$(rss_mb)"
