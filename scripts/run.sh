#!/usr/bin/env bash
# The README's run command. Installs what is missing, builds, and opens MesosDesk.
#   ./scripts/run.sh                      local demo: a private ZooKeeper and the devcluster
#   ./scripts/run.sh --zk zk://h:2181/mesos   a real cluster
# Without a display it runs under Xvfb. Closing the window stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh >/dev/null

APP=(build/bin/mesosdesk)
ARGS=("$@")
if [ ${#ARGS[@]} -eq 0 ]; then
  # The local demo: a private ZooKeeper plus the devcluster (3 masters, 3 agents, Marathon when
  # built in) in a temporary work dir. The trap stops all of it when the window closes.
  # shellcheck source=lib/zookeeper.sh
  source scripts/lib/zookeeper.sh
  # shellcheck source=lib/devcluster.sh
  source scripts/lib/devcluster.sh
  DC_PID=""
  DC_DIR=""
  cleanup() {
    stop_devcluster
    stop_zookeeper
    [ -n "$DC_DIR" ] && rm -rf "$DC_DIR" || true
  }
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  start_zookeeper
  echo "run: local ZooKeeper on 127.0.0.1:$ZK_PORT"
  if [ -x build/bin/mesosdesk-devcluster ]; then
    DC_DIR=$(mktemp -d /tmp/mesosdesk-devcluster.XXXXXX)
    start_devcluster "$DC_DIR"
    echo "run: devcluster ready: $(head -n 1 "$DC_DIR/ready.json")"
  fi
  ARGS=(--zk "zk://127.0.0.1:$ZK_PORT/mesos")
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "${APP[@]}" "${ARGS[@]}"
else
  echo "run: no display, using Xvfb"
  scripts/lib/private-session.sh xvfb-run -a -s "-screen 0 1400x900x24" "${APP[@]}" "${ARGS[@]}"
fi
