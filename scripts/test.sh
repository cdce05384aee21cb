#!/usr/bin/env bash
# Builds the test preset (Debug, AddressSanitizer + UBSan) and runs every test offscreen, the
# store tests a second time against a throwaway PostgreSQL server (scripts/postgres.sh), then
# the fuzz targets for a short while (scripts/fuzz.sh). Installs missing Debian packages first.
# Also builds the .deb and checks that it installs and starts (scripts/package.sh --check).
# Exits non-zero on any failure. Arguments go to ctest; RD_SKIP_FUZZ=1 / RD_SKIP_PACKAGE=1 leave
# out the fuzzing / the package check.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
rd_require_packages "${RD_BUILD_PACKAGES[@]}" "${RD_TEST_PACKAGES[@]}"

export QT_QPA_PLATFORM=offscreen
# Configures the dev preset with a CMake trace and fails when the build read a file from a
# package the lists above do not bring (a package once installed by hand on this machine).
bash scripts/check-deps.sh dev
cmake --build --preset dev
source scripts/postgres.sh
trap rd_postgres_stop EXIT
rd_postgres_start
ctest --preset dev "$@"
rd_postgres_stop

# File permissions do not bind root: as root, the tests that need them run again as an ordinary
# user, from a copy of the test program that user can reach; not being able to is a failure.
tests_binary="$PWD/build/dev/tests/rdcore-tests"
if [ "$(id -u)" -eq 0 ]; then
    if ! command -v runuser >/dev/null 2>&1 || ! id nobody >/dev/null 2>&1; then
        echo "The permission tests must run as an ordinary user, but runuser or the user 'nobody' is missing." >&2
        exit 1
    fi
    scratch="$(mktemp -d)"
    chmod 0777 "$scratch"
    install -m 0755 "$tests_binary" "$scratch/rdcore-tests"
    echo "Permission tests as an ordinary user (nobody):"
    # runuser sets HOME to nobody's (/nonexistent); the tests need a data folder for their workstation key.
    mkdir -m 0777 "$scratch/home"
    (cd "$scratch" && TMPDIR="$scratch" RD_REQUIRE_PERMISSIONS=1 runuser -u nobody -- env HOME="$scratch/home" \
        "$scratch/rdcore-tests" "[permissions]")
    rm -rf "$scratch"
fi

# The .deb: built, installed, started offscreen and removed (RD_SKIP_PACKAGE=1 leaves it out).
if [ "${RD_SKIP_PACKAGE:-0}" != 1 ]; then
    bash scripts/package.sh --check
fi

if [ "${RD_SKIP_FUZZ:-0}" != 1 ]; then
    bash scripts/fuzz.sh
fi
