#!/usr/bin/env bash
# Applies a seed file (scripts/demo/seed.json) to a running devcluster through the APIs a real
# cluster answers on: Marathon's POST /v2/apps for the apps (groups come from the apps' ids, as in
# Marathon) and POST /v2/pods for the pods, and the devcluster's control API POST /tasks for the
# plain Mesos tasks (on a real cluster a framework launches those). Nothing of the app is involved.
#   load-seed.sh SEED READY_JSON    (READY_JSON: the devcluster's ready line)
# Exits non-zero when a server refuses an entry, printing its answer.
set -euo pipefail
seed=$1
ready=$2
control=$(jq -r '.control' "$ready")
mapfile -t marathons < <(jq -r '.marathon[]?' "$ready")
refused=0

apply() { # what, URL, the entries' name field; each JSON entry on stdin is POSTed to URL
  local what=$1 url=$2 field=$3 entry name status answer
  answer=$(mktemp)
  while IFS= read -r entry; do
    name=$(jq -r ".$field" <<< "$entry")
    status=$(curl -sS -o "$answer" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
               --data-binary "$entry" "$url" || echo 000)
    if [ "$status" = 201 ]; then
      echo "seed: $what $name applied"
    else
      echo "seed: $what $name refused ($status): $(cat "$answer")" >&2
      refused=$((refused + 1))
    fi
  done
  rm -f "$answer"
}

if [ "$(jq '.marathon_apps | length' "$seed")" -gt 0 ]; then
  if [ ${#marathons[@]} -eq 0 ]; then
    echo "seed: this devcluster runs no Marathon; the apps are left out" >&2
  else
    marathon=${marathons[0]} # a standby forwards to the leader, as Marathon's do
    for _ in $(seq 300); do
      curl -sf -o /dev/null "$marathon/v2/leader" && break
      sleep 0.1
    done
    apply "Marathon app" "$marathon/v2/apps" id < <(jq -c '.marathon_apps[]' "$seed")
    apply "Marathon pod" "$marathon/v2/pods" id < <(jq -c '.marathon_pods[]?' "$seed")
  fi
fi
apply "Mesos task" "$control/tasks" name < <(jq -c '.mesos_tasks[]?' "$seed")
[ "$refused" -eq 0 ]
