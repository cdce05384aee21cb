#!/usr/bin/env bash
# ctest: scripts/check-deps.sh passes on the declared package lists and fails, naming the
# package, on a copy of the lists without libqt6opengl6-dev (the package whose absence stopped
# a fresh machine at configure: Qt Charts' CMake package needs it, qt6-base-dev only recommends it).
# Configures the dev preset into a scratch folder, so it never touches the build being tested.
# Usage: CheckDepsTest.sh SOURCE_DIR     Exit 77: not a Debian/Ubuntu machine (reported as skipped).
set -euo pipefail
source_dir=$1
command -v dpkg >/dev/null 2>&1 && command -v apt-cache >/dev/null 2>&1 || { echo "needs dpkg and apt-cache"; exit 77; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
check="$source_dir/scripts/check-deps.sh"

echo "== configure with a trace, check against the declared lists"
bash "$check" --build-dir "$scratch/build" dev

needed=libqt6opengl6-dev
cp "$source_dir/scripts/deps.sh" "$scratch/deps.sh"
declared() { (source "$1"; printf '%s\n' "${RD_BUILD_PACKAGES[@]}" "${RD_TEST_PACKAGES[@]}"); }
# grep reads to the end (no -q): with pipefail, a grep that quits at the first match can make
# the writer die of SIGPIPE, and the pipeline would then fail although the name was there.
declared "$scratch/deps.sh" | grep -x "$needed" >/dev/null || { echo "FAIL: the lists do not declare $needed"; exit 1; }
sed -i "/^#/! s/[[:space:]]$needed\([[:space:]]\|)\)/\1/" "$scratch/deps.sh"
if declared "$scratch/deps.sh" | grep -x "$needed" >/dev/null; then echo "FAIL: could not remove $needed from the copy"; exit 1; fi

echo "== the same build against a copy of the lists without $needed"
if bash "$check" --no-configure --build-dir "$scratch/build" --lists "$scratch/deps.sh" dev >"$scratch/out" 2>&1; then
    cat "$scratch/out"
    echo "FAIL: check-deps passed although $needed is missing from the lists"
    exit 1
fi
cat "$scratch/out"
grep -qx "MISSING $needed" "$scratch/out" || { echo "FAIL: check-deps failed without naming $needed"; exit 1; }
echo "PASS: check-deps names $needed"
