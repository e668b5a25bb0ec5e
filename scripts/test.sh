#!/usr/bin/env bash
# Installs what is missing, builds Portolan with warnings as errors, and runs
# the whole test suite headless (ctest, QT_QPA_PLATFORM=offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
export QT_QPA_PLATFORM=offscreen
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci --output-on-failure "$@"
