#!/usr/bin/env bash
# Saves every tab and the main dialogs of MesosDesk, offscreen, against the demo cluster, at
# 1024x700 and 1600x1000: DIR/<page>-<W>x<H>.png (default DIR docs/images/, the README's images).
#   ./scripts/screenshots.sh [DIR] [--lang de] [--sizes 1024x700,1600x1000,2560x1440] [--lost-agent]
# --lost-agent kills one agent after the apps are placed, to look at how a loss is told.
# Look at each one: tests check data, eyes check what the operator reads.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=docs/images
EXTRA=()
LOST_AGENT=0
while [ $# -gt 0 ]; do
  case "$1" in
    --lost-agent) LOST_AGENT=1; shift ;;
    --lang|--sizes) EXTRA+=("$1" "$2"); shift 2 ;;
    *) OUT=$1; shift ;;
  esac
done
./scripts/deps.sh
./scripts/build.sh >/dev/null

# shellcheck source=lib/zookeeper.sh
source scripts/lib/zookeeper.sh
# shellcheck source=lib/devcluster.sh
source scripts/lib/devcluster.sh
DC_PID=""
DC_DIR=$(mktemp -d /tmp/mesosdesk-screenshots.XXXXXX)
cleanup() {
  stop_devcluster
  stop_zookeeper
  rm -rf "$DC_DIR"
}
trap cleanup EXIT
start_zookeeper
start_devcluster "$DC_DIR" --heartbeat-interval 1

# Something to look at: a web app (it logs each request), a worker group, and an app no agent can
# place, so the queue shows its reason.
MARATHON=$(grep -o '"marathon":\["[^"]*' "$DC_DIR/ready.json" | sed 's/.*\["//')
if [ -n "$MARATHON" ]; then
  post() { curl -sf -X POST -H 'Content-Type: application/json' -d "$1" "$MARATHON/v2/apps" >/dev/null; }
  post '{"id":"/demo/web","cmd":"while true; do echo \"$(date -Is) GET / 200\"; sleep 2; done","cpus":0.2,"mem":64,"instances":2}'
  post '{"id":"/demo/workers/indexer","cmd":"while true; do echo indexing; sleep 5; done","cpus":0.1,"mem":32,"instances":1}'
  post '{"id":"/demo/workers/mailer","cmd":"while true; do echo sending; sleep 7; done","cpus":0.1,"mem":32,"instances":1}'
  post '{"id":"/demo/too-big","cmd":"sleep 600","cpus":64,"mem":128,"instances":1}'
fi

if [ "$LOST_AGENT" = 1 ]; then
  CONTROL=$(grep -o '"control":"[^"]*' "$DC_DIR/ready.json" | sed 's/"control":"//')
  EXTRA+=(--after-start "$CONTROL/agents/0/kill")
fi

mkdir -p "$OUT"
ZK=$(grep -o '"zk":"[^"]*' "$DC_DIR/ready.json" | sed 's/"zk":"//')
QT_QPA_PLATFORM=offscreen scripts/lib/private-session.sh \
  build/bin/mesosdesk-screenshots --zk "$ZK" --out "$OUT" "${EXTRA[@]}"
echo "screenshots: saved in $OUT"
