#!/usr/bin/env bash
# The README's test command. Installs what is missing, builds, starts a real ZooKeeper and a
# private D-Bus with an unlocked gnome-keyring, runs every test through CTest, builds the Debian
# package, installs it with apt, runs what it installed and purges it, builds and runs the whole
# suite again under AddressSanitizer + UndefinedBehaviorSanitizer (clang), fuzzes each parser
# briefly, and prints the benchmarks. Extra arguments go to ctest (e.g. -R zk).
# MESOSDESK_QUICK=1 skips the sanitizer pass and fuzzing (local iteration only; CI never sets it).
# --repeat N (first argument) runs only the release suite, N times in a row, and lists every test
# that failed in any run with how often: for hunting flaky tests (CI runs the suite once).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

REPEAT=0
if [ "${1:-}" = --repeat ]; then
  REPEAT=${2:?--repeat needs a count}
  shift 2
fi

./scripts/deps.sh
echo "test: [${SECONDS}s] dependencies ready"
./scripts/build.sh
echo "test: [${SECONDS}s] release build ready"

# shellcheck source=lib/zookeeper.sh
source scripts/lib/zookeeper.sh
cleanup() { stop_zookeeper; }
trap cleanup EXIT
start_zookeeper
export MESOSDESK_ZK=127.0.0.1:$ZK_PORT
export MESOSDESK_FIXTURES=${MESOSDESK_FIXTURES:-$ROOT/../shared/fixtures}
echo "test: ZooKeeper on $MESOSDESK_ZK, fixtures in $MESOSDESK_FIXTURES"

total_passed=0
total_failed=0
run_suite() { # build-dir label
  local log status summary
  log=$(mktemp)
  set +e
  scripts/lib/private-session.sh ctest --test-dir "$1" --output-on-failure -j2 --timeout 300 "${@:3}" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  summary=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$log" | tail -1 || true)
  if [ -n "$summary" ]; then
    local failed all
    failed=$(echo "$summary" | awk '{print $1}')
    all=$(echo "$summary" | awk '{print $6}')
    total_failed=$((total_failed + failed))
    total_passed=$((total_passed + all - failed))
  elif [ "$status" -ne 0 ]; then
    total_failed=$((total_failed + 1))
  fi
  rm -f "$log"
  echo "test: [${SECONDS}s] $2 suite exit status $status"
  return 0
}

if [ "$REPEAT" -gt 0 ]; then
  declare -A failures=()
  for run in $(seq "$REPEAT"); do
    log=$(mktemp)
    set +e
    scripts/lib/private-session.sh ctest --test-dir build --output-on-failure -j2 --timeout 300 "$@" > "$log" 2>&1
    set -e
    # ctest lists failures as "  12 - tst_name (Failed)" after "The following tests FAILED:".
    failed=$(sed -n '/The following tests FAILED:/,$p' "$log" | grep -Eo ' - [A-Za-z0-9_]+ \(' | sed 's/ - //; s/ (//' || true)
    for name in $failed; do
      failures[$name]=$(( ${failures[$name]:-0} + 1 ))
      mkdir -p build/repeat-logs && cp "$log" "build/repeat-logs/run-$run.log"
    done
    echo "test: [${SECONDS}s] run $run of $REPEAT: $(grep -Eo '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -1)"
    rm -f "$log"
  done
  if [ ${#failures[@]} -eq 0 ]; then
    echo "test: no test failed in $REPEAT runs"
    exit 0
  fi
  echo "test: tests that failed (runs out of $REPEAT; logs in build/repeat-logs):"
  for name in "${!failures[@]}"; do echo "  $name: ${failures[$name]}"; done
  exit 1
fi

run_suite build release "$@"

# The installer as a user meets it: the package built, installed with apt, run, purged.
echo "test: [${SECONDS}s] Debian package"
# shellcheck source=lib/package-test.sh
source scripts/lib/package-test.sh
set +e # each check counts on its own; one that fails must not end the run
package_test
set -e

if [ "${MESOSDESK_QUICK:-0}" != 1 ]; then
  echo "test: sanitizer build (clang, ASan + UBSan, libFuzzer targets)"
  BUILD_DIR=build-asan PRESET=asan ./scripts/build.sh
  echo "test: [${SECONDS}s] sanitizer build ready"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1"
  export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$ROOT/tests/sanitizers/ubsan.supp"
  export MESOSDESK_DEVCLUSTER=$ROOT/build/bin/mesosdesk-devcluster # not built in the sanitizer tree
  run_suite build-asan asan "$@"

  # ThreadSanitizer over the tests of the parts whose threads synchronise through our own code
  # (BatchPipe and the parser's second thread, on every Mesos fixture too). Debian's Qt and ZooKeeper
  # client are not instrumented, so hand-offs through QThreadPool, queued events or the C client's
  # own lock (FileTail, the keychain jobs, ZkSession) are invisible to it and show as false races.
  echo "test: ThreadSanitizer build of the threaded parts' tests"
  TSAN_TESTS=(tst_batchpipe tst_mesosparser tst_conformance_mesos)
  BUILD_DIR=build-tsan PRESET=tsan ./scripts/build.sh --target "${TSAN_TESTS[@]}"
  echo "test: [${SECONDS}s] ThreadSanitizer build ready"
  export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1:suppressions=$ROOT/tests/sanitizers/tsan.supp"
  # -FC: not tst_nosecrets, the whole suite's fixture cleanup, which this tree does not build.
  run_suite build-tsan tsan -R "^($(IFS='|'; echo "${TSAN_TESTS[*]}"))\$" -FC mesosdesk_suite

  echo "test: fuzzing each parser briefly"
  FUZZ_SECONDS=${FUZZ_SECONDS:-6}
  for fuzzer in build-asan/fuzz/fuzz_*; do
    name=$(basename "$fuzzer")
    corpus=$(mktemp -d)
    cp -r "tests/fuzz/corpus/${name#fuzz_}/." "$corpus/" 2>/dev/null || true
    if "$fuzzer" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -print_final_stats=1 "$corpus" \
         > "$corpus.log" 2>&1; then
      echo "test: $name: $(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$corpus.log" | grep -Eo '[0-9]+$') runs, no crash"
      total_passed=$((total_passed + 1))
    else
      echo "test: $name FOUND A CRASH:"; tail -40 "$corpus.log"
      total_failed=$((total_failed + 1))
    fi
    rm -rf "$corpus" "$corpus.log"
  done
fi

echo "test: [${SECONDS}s] benchmarks"
if ! build/bin/mesosdesk-bench; then
  echo "test: mesosdesk-bench failed"
  total_failed=$((total_failed + 1))
fi

echo "mesosdesk: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
