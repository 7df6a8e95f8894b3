#!/usr/bin/env bash
# Signs in with curl and prints the session cookie ("SESSION=...") for wrk.
# Usage: bench/signin.sh BASE_URL USERNAME PASSWORD
set -euo pipefail
base=$1 user=$2 password=$3
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
  "$base/login")
case "$status" in
  302*login*) echo "sign-in as $user failed: $status" >&2; exit 1 ;;
esac
printf 'SESSION=%s\n' "$(awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1)"
