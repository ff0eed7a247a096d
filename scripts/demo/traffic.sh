#!/usr/bin/env bash
# The demo's steady activity: requests to the seed's web apps at their intervals, as their users
# would send them, so their logs grow while the demo runs. Each round asks Marathon where the app's
# tasks are now (they move when an agent dies). Runs until killed (run.sh does that on exit).
#   traffic.sh SEED READY_JSON
set -uo pipefail
seed=$1
ready=$2
mapfile -t marathons < <(jq -r '.marathon[]?' "$ready")
[ ${#marathons[@]} -gt 0 ] || exit 0
mapfile -t entries < <(jq -c '.traffic[]?' "$seed")
tick=0
while sleep 1; do
  tick=$((tick + 1))
  for entry in "${entries[@]}"; do
    every=$(jq -r '.every_seconds' <<< "$entry")
    ((tick % every == 0)) || continue
    app=$(jq -r '.app' <<< "$entry")
    for marathon in "${marathons[@]}"; do # the first Marathon that answers
      if tasks=$(curl -sf --max-time 2 "$marathon/v2/apps$app/tasks"); then
        while IFS= read -r hostport; do
          [ -n "$hostport" ] && curl -s -o /dev/null --max-time 2 "http://$hostport/" || true
        done < <(jq -r '.tasks[] | select(.ports | length > 0) | "\(.host):\(.ports[0])"' <<< "$tasks")
        break
      fi
    done
  done
done
