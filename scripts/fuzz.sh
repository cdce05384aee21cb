#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (preset "fuzz") and runs each on its corpus in
# tests/fuzz/corpus for a while: bundle import (as sent, and re-sealed) and the command line
# 60 s each, search 30 s.
# New inputs go to a scratch copy, so the checked-in corpus stays as it is. A crash fails
# the run and leaves the input that caused it in build/fuzz/artifacts/.
# Usage: scripts/fuzz.sh [SECONDS]   (overrides the time per target)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
rd_require_packages "${RD_BUILD_PACKAGES[@]}" "${RD_FUZZ_PACKAGES[@]}"

bash scripts/check-deps.sh fuzz
cmake --build --preset fuzz

artifacts="$PWD/build/fuzz/artifacts"
mkdir -p "$artifacts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=0 # Qt's plugin loader keeps what it loaded until exit

run() { # target seconds [extra libFuzzer options]; RD_FUZZ_CORPUS names another target's seed corpus
    local target=$1 seconds=${FUZZ_SECONDS:-$2}
    shift 2
    mkdir -p "$work/$target"
    echo "Fuzzing $target for ${seconds} s…"
    if ! "build/fuzz/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -detect_leaks=0 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target-" "$@" "$work/$target" "$PWD/tests/fuzz/corpus/${RD_FUZZ_CORPUS:-$target}" \
        >"$work/$target.log" 2>&1; then
        tail -n 60 "$work/$target.log" >&2
        echo "fuzz-$target found a failure; the input is in $artifacts" >&2
        return 1
    fi
    local runs corpus
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$' || echo "?")
    corpus=$(find "$work/$target" -type f | wc -l)
    echo "fuzz-$target: $runs executions, $corpus new inputs kept, no failure"
}

FUZZ_SECONDS=${1:-${FUZZ_SECONDS:-}}
run bundle 60 -max_len=131072
# The corpus of fuzz-bundle, each input re-sealed before import (see tests/fuzz/FuzzBundle.cpp).
RD_FUZZ_CORPUS=bundle run bundle-resealed 60 -max_len=131072
run cli 60
run search 30
