#!/usr/bin/env bash
# The README's run command. Installs what is missing, builds, and opens MesosDesk.
#   ./scripts/run.sh                      the living demo: a private ZooKeeper and the devcluster,
#                                         seeded from scripts/demo/seed.json (apps, a group, an app
#                                         that waits in the queue, a finished and a failed task)
#                                         with a little steady traffic to its web apps
#   ./scripts/run.sh --empty              the same local cluster, bare
#   ./scripts/run.sh --zk zk://h:2181/mesos   a real cluster
# Without a display it runs under Xvfb. Closing the window stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh >/dev/null

APP=(build/bin/mesosdesk)
SEED=scripts/demo/seed.json
if [ "${1:-}" = --empty ]; then
  SEED=""
  shift
fi
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
  TRAFFIC_PID=""
  cleanup() {
    [ -n "$TRAFFIC_PID" ] && kill "$TRAFFIC_PID" 2>/dev/null || true
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
    if [ -n "$SEED" ]; then
      # Through the cluster's own APIs, as an operator's scripts would: the app is not involved.
      scripts/demo/load-seed.sh "$SEED" "$DC_DIR/ready.json" || echo "run: part of the seed was refused (above)"
      scripts/demo/traffic.sh "$SEED" "$DC_DIR/ready.json" &
      TRAFFIC_PID=$!
    fi
  fi
  ARGS=(--zk "zk://127.0.0.1:$ZK_PORT/mesos")
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "${APP[@]}" "${ARGS[@]}"
else
  echo "run: no display, using Xvfb"
  scripts/lib/private-session.sh xvfb-run -a -s "-screen 0 1400x900x24" "${APP[@]}" "${ARGS[@]}"
fi
