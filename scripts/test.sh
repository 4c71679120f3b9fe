#!/usr/bin/env bash
# README command 2: install dependencies, build, and run the whole test suite (ctest, offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
cd "${BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300 "$@"
