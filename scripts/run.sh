#!/usr/bin/env bash
# The README's run command. Installs what is missing, builds, and opens MesosDesk.
#   ./scripts/run.sh                      local demo: a private ZooKeeper (and the devcluster, once built)
#   ./scripts/run.sh --zk zk://h:2181/mesos   a real cluster
# Without a display it runs under Xvfb. Closing the window stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh >/dev/null

APP=(build/bin/mesosdesk)
ARGS=("$@")
if [ ${#ARGS[@]} -eq 0 ]; then
  # shellcheck source=lib/zookeeper.sh
  source scripts/lib/zookeeper.sh
  trap stop_zookeeper EXIT
  start_zookeeper
  echo "run: local ZooKeeper on 127.0.0.1:$ZK_PORT"
  ARGS=(--zk "zk://127.0.0.1:$ZK_PORT/mesos")
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "${APP[@]}" "${ARGS[@]}"
else
  echo "run: no display, using Xvfb"
  scripts/lib/private-session.sh xvfb-run -a -s "-screen 0 1400x900x24" "${APP[@]}" "${ARGS[@]}"
fi
