#!/usr/bin/env bash
# Saves every tab and the main dialogs of MesosDesk, offscreen, against the demo cluster, at
# 1024x700 and 1600x1000: DIR/<page>-<W>x<H>.png (default DIR docs/images/, the README's images).
#   ./scripts/screenshots.sh [DIR] [--lang de] [--sizes 1024x700,1600x1000,2560x1440] [--lost-agent]
#                            [--theme system|light|dark]
#   ./scripts/screenshots.sh --readme
# QT_SCALE_FACTOR=2 in the environment draws at twice the pixels (high DPI).
# --lost-agent kills one agent after the apps are placed, to look at how a loss is told.
# --readme refreshes the README's pictures in docs/images/ (a chosen few, 1024x700, and the
# 1600x1000 Marathon view as docs/images/mesosdesk.png) instead of saving every page there.
# Look at each one: tests check data, eyes check what the operator reads.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=docs/images
EXTRA=()
LOST_AGENT=0
README=0
while [ $# -gt 0 ]; do
  case "$1" in
    --lost-agent) LOST_AGENT=1; shift ;;
    --readme) README=1; shift ;;
    --lang|--sizes|--theme) EXTRA+=("$1" "$2"); shift 2 ;;
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
TRAFFIC_PID=""
cleanup() {
  [ -n "$TRAFFIC_PID" ] && kill "$TRAFFIC_PID" 2>/dev/null || true
  stop_devcluster
  stop_zookeeper
  rm -rf "$DC_DIR"
}
trap cleanup EXIT
start_zookeeper
start_devcluster "$DC_DIR" --heartbeat-interval 1

# Something to look at: the living demo of run.sh, from the same seed file and through the same
# APIs (scripts/demo/), with its traffic to the web apps while the pictures are taken.
scripts/demo/load-seed.sh scripts/demo/seed.json "$DC_DIR/ready.json"
scripts/demo/traffic.sh scripts/demo/seed.json "$DC_DIR/ready.json" &
TRAFFIC_PID=$!

if [ "$LOST_AGENT" = 1 ]; then
  CONTROL=$(grep -o '"control":"[^"]*' "$DC_DIR/ready.json" | sed 's/"control":"//')
  EXTRA+=(--after-start "$CONTROL/agents/0/kill")
fi

[ "$README" = 1 ] && OUT=$DC_DIR/shots
mkdir -p "$OUT"
ZK=$(grep -o '"zk":"[^"]*' "$DC_DIR/ready.json" | sed 's/"zk":"//')
QT_QPA_PLATFORM=offscreen scripts/lib/private-session.sh \
  build/bin/mesosdesk-screenshots --zk "$ZK" --out "$OUT" "${EXTRA[@]}"
if [ "$README" = 1 ]; then
  for page in overview agents tasks charts sandbox roles zookeeper-ensemble marathon; do
    cp "$OUT/$page-1024x700.png" "docs/images/$page.png"
  done
  cp "$OUT/marathon-1600x1000.png" docs/images/mesosdesk.png
  OUT=docs/images
fi
echo "screenshots: saved in $OUT"
