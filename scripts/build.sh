#!/usr/bin/env bash
# Configures (once) and builds. BUILD_DIR=build-asan PRESET=asan selects the sanitizer build;
# extra arguments go to cmake --build (e.g. --target tst_foo).
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache keys on paths relative to the checkout, so other clones on this machine share the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
# With debug info ccache also hashes the working directory, so a clone elsewhere (CI's, a worktree)
# missed every time; its compile directory in the debug info is the only thing this gives up.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
PRESET=${PRESET:-release}
BUILD_DIR=${BUILD_DIR:-build}
[ -f "$BUILD_DIR/build.ninja" ] || cmake --preset "$PRESET" -B "$BUILD_DIR" >/dev/null
# AUTOMOC does not always notice headers of a feature folder that appeared since the last
# configure (undefined vtable/staticMetaObject at link time); a forced rescan is cheap.
find "$BUILD_DIR" -path '*_autogen/timestamp' -delete 2>/dev/null || true
cmake --build "$BUILD_DIR" "$@"
