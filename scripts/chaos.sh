#!/usr/bin/env bash
# The chaos test (#11) for longer than CI's two minutes: the real window, offscreen, against the
# devcluster on a private ZooKeeper, while faults drawn from SEED kill and restart masters, agents,
# Marathon and ZooKeeper, break answers and streams, and deploy and scale apps, for MINUTES
# (default 10). CI runs tests/chaos/tst_chaos.cpp's fixed seed; a seed that fails here is rerun
# with the same arguments, and becomes a regression row there.
#   ./scripts/chaos.sh SEED [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=${1:?usage: scripts/chaos.sh SEED [MINUTES]}
MINUTES=${2:-10}
./scripts/build.sh --target tst_chaos mesosdesk-devcluster >/dev/null
SECONDS_OF_FAULTS=$(awk -v m="$MINUTES" 'BEGIN { printf "%d", m * 60 }')
export MESOSDESK_CHAOS_SEED=$SEED MESOSDESK_CHAOS_SECONDS=$SECONDS_OF_FAULTS QT_QPA_PLATFORM=offscreen
# Qt Test ends any test function after 5 minutes ("Test function timed out"); a longer run gets
# its faults' time plus ten minutes for starting, healing and the final checks.
export QTEST_FUNCTION_TIMEOUT=$(( (SECONDS_OF_FAULTS + 600) * 1000 ))
export MESOSDESK_DEVCLUSTER=${MESOSDESK_DEVCLUSTER:-$PWD/build/bin/mesosdesk-devcluster}
export MESOSDESK_TEST_DATA=$PWD/tests/data MESOSDESK_BIN_DIR=$PWD/build/bin
# The test starts and kills its own ZooKeeper; no shared one is needed. -maxwarnings 0: all of it.
exec scripts/lib/private-session.sh build/tests/tst_chaos -maxwarnings 0 chaos
