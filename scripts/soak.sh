#!/usr/bin/env bash
# A long run (not part of CI): MesosDesk's real window, offscreen, against 5,000 agents and
# 50,000 tasks that churn, every tab visited in turn and one task's stdout followed, for MINUTES
# (default 30). Every minute and at the end it prints RSS, heap in use, open descriptors, threads
# and CPU, then the figures: soak_rss_growth_pct and soak_heap_growth_pct (from minute 5 to the
# end; target at most 2), soak_fd_growth (target 0) and soak_cpu_pct (while shown).
#   ./scripts/soak.sh [MINUTES]
# SOAK_AGENTS, SOAK_TASKS, SOAK_CHURN (changes a second, default 20) and SOAK_SAMPLE_SECONDS
# (default 60) change the run; SOAK_WARM_UP_MINUTES (default 5, or a sixth of a shorter run).
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-30}
AGENTS=${SOAK_AGENTS:-5000}
TASKS=${SOAK_TASKS:-50000}
CHURN=${SOAK_CHURN:-20}
SAMPLE=${SOAK_SAMPLE_SECONDS:-60}
WARM_UP=${SOAK_WARM_UP_MINUTES:-$(awk -v m="$MINUTES" 'BEGIN { w = m / 6; print (w < 5 ? w : 5) }')}
./scripts/deps.sh
./scripts/build.sh >/dev/null

# shellcheck source=lib/zookeeper.sh
source scripts/lib/zookeeper.sh
# shellcheck source=lib/devcluster.sh
source scripts/lib/devcluster.sh
DC_PID=""
DC_DIR=$(mktemp -d /tmp/mesosdesk-soak.XXXXXX)
cleanup() {
  stop_devcluster
  stop_zookeeper
  rm -rf "$DC_DIR"
}
trap cleanup EXIT
start_zookeeper
start_devcluster "$DC_DIR" --heartbeat-interval 1 --simulate-agents "$AGENTS" --simulate-tasks "$TASKS" \
  --simulate-churn "$CHURN"
echo "soak: $AGENTS agents, $TASKS tasks, $CHURN changes a second, $MINUTES minutes (growth from minute $WARM_UP)"

# The followed log: a Marathon app that writes a line a second, on one of the real agents.
MARATHON=$(grep -o '"marathon":\["[^"]*' "$DC_DIR/ready.json" | sed 's/"marathon":\["//' || true)
if [ -n "$MARATHON" ]; then
  curl -fsS -X POST -H 'Content-Type: application/json' "$MARATHON/v2/apps" \
    -d '{"id":"/soak-logger","cmd":"i=0; while true; do i=$((i+1)); echo \"line $i\"; sleep 1; done","cpus":0.1,"mem":32,"instances":1}' \
    > /dev/null || echo "soak: Marathon refused the logging app; no log is followed"
else
  echo "soak: this devcluster has no Marathon; no log is followed"
fi

ZK=$(grep -o '"zk":"[^"]*' "$DC_DIR/ready.json" | sed 's/"zk":"//')
QT_QPA_PLATFORM=offscreen scripts/lib/private-session.sh \
  build/bin/mesosdesk-soak --zk "$ZK" --minutes "$MINUTES" --sample-seconds "$SAMPLE" \
  --warm-up-minutes "$WARM_UP" --follow soak-logger
