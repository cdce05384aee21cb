#!/usr/bin/env bash
# Builds the test preset (Debug, AddressSanitizer + UBSan) and runs every test offscreen.
# Installs missing Debian packages first. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
rd_require_packages "${RD_BUILD_PACKAGES[@]}" "${RD_TEST_PACKAGES[@]}"

export QT_QPA_PLATFORM=offscreen
cmake --preset dev
cmake --build --preset dev
ctest --preset dev "$@"
