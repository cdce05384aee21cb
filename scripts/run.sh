#!/usr/bin/env bash
# Builds the release preset and starts Recovery Desk on the default database in your data
# folder (~/.local/share/RecoveryDesk/RecoveryDesk/). Extra arguments go to the program,
# e.g. scripts/run.sh --database /tmp/try.sqlite --language nl
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
rd_require_packages "${RD_BUILD_PACKAGES[@]}"

cmake --preset release
cmake --build --preset release
exec build/release/app/recoverydesk "$@"
