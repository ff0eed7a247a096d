#!/usr/bin/env bash
# Configures (once) and builds. BUILD_DIR=build-asan PRESET=asan selects the sanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache keys on paths relative to the checkout, so other clones on this machine share the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
PRESET=${PRESET:-release}
BUILD_DIR=${BUILD_DIR:-build}
[ -f "$BUILD_DIR/build.ninja" ] || cmake --preset "$PRESET" -B "$BUILD_DIR" >/dev/null
cmake --build "$BUILD_DIR"
