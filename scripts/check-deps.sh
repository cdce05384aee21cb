#!/usr/bin/env bash
# Proves that the package lists in scripts/deps.sh are complete: a green build on a machine where
# someone once installed a package by hand says nothing about a fresh machine, so this asks the
# build itself what it used.
#
# For each preset it configures the build with a CMake trace, collects every system file CMake
# read (the trace's files, plus the absolute paths in CMakeCache.txt: compilers, libraries,
# include folders), finds the Debian package that owns each one (dpkg -S) and fails, naming
# each package, when a package is neither in the Depends/Pre-Depends closure of the lists the
# preset is built with (apt-cache depends --recurse, without recommends) nor of priority
# "required" (on every Debian system).
#
# Usage: scripts/check-deps.sh [--lists FILE] [--no-configure] [PRESET...]   (default preset: dev)
#   --lists FILE     read the package lists from FILE instead of scripts/deps.sh (the tests use a
#                    copy with one package removed)
#   --no-configure   use the trace left by an earlier run instead of configuring again
#   --build-dir DIR  configure (or read) DIR instead of build/PRESET; one preset only
# Presets and their lists: dev = build + test, release = build + package, fuzz = build + fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir="$PWD"

lists="scripts/deps.sh"
configure=1
build_dir_override=""
presets=()
while [ $# -gt 0 ]; do
    case "$1" in
        --lists) lists="$2"; shift 2 ;;
        --no-configure) configure=0; shift ;;
        --build-dir) build_dir_override="$2"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        -*) echo "check-deps: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) presets+=("$1"); shift ;;
    esac
done
[ ${#presets[@]} -gt 0 ] || presets=(dev)
if [ -n "$build_dir_override" ] && [ ${#presets[@]} -gt 1 ]; then
    echo "check-deps: --build-dir takes one preset" >&2; exit 2
fi
for tool in dpkg dpkg-query apt-cache; do
    command -v "$tool" >/dev/null 2>&1 || { echo "check-deps: needs $tool (Debian or Ubuntu)" >&2; exit 2; }
done
[ -f "$lists" ] || { echo "check-deps: no package lists at $lists" >&2; exit 2; }
# shellcheck source=deps.sh
source "$lists"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# The files one build read: the trace's "file" entries and the absolute paths in the cache,
# outside the checkout, each once. A path list in the cache (a;b;c) counts as its parts.
files_read() { # build_dir trace
    local build_dir=$1 trace=$2
    {
        grep -o '"file":"[^"]*"' "$trace" | sed 's/^"file":"//; s/"$//'
        sed -n 's/^[A-Za-z0-9_.+-]*:\(FILEPATH\|PATH\|FILE\|STRING\|INTERNAL\)=\(\/.*\)$/\2/p' \
            "$build_dir/CMakeCache.txt" | tr ';' '\n'
    } | while IFS= read -r path; do
        case "$path" in
            "$source_dir"|"$source_dir"/*|/tmp/*|/proc/*|/dev/*|"") continue ;;
        esac
        # Files only: a folder in the cache (an install prefix, an include folder) is shared by
        # many packages or by none, and the files CMake found in it are listed themselves.
        if [ -f "$path" ]; then printf '%s\n' "$path"; fi
    done | sort -u
}

# "package<TAB>path" for each path, trying the path as named, then with links resolved, then the
# other side of a merged /usr (dpkg knows some files as /lib/…, others as /usr/lib/…). One dpkg
# call per attempt for all paths still unknown: a call per file takes most of a minute.
owners() { # file of paths
    local attempt path candidate
    cp "$1" "$scratch/unknown"
    : >"$scratch/found"
    for attempt in named resolved unmerged merged; do
        [ -s "$scratch/unknown" ] || break
        : >"$scratch/asked"
        while IFS= read -r path; do
            case "$attempt" in
                named) candidate="$path" ;;
                resolved) candidate="$(readlink -f "$path" || true)" ;;
                unmerged) candidate="$(readlink -f "$path" || true)"; candidate="${candidate#/usr}" ;;
                merged) candidate="/usr$(readlink -f "$path" || true)" ;;
            esac
            [ -n "$candidate" ] && printf '%s\t%s\n' "$candidate" "$path" >>"$scratch/asked"
        done <"$scratch/unknown"
        [ -s "$scratch/asked" ] || break
        cut -f1 "$scratch/asked" | sort -u | xargs -d '\n' dpkg -S 2>/dev/null | grep -v '^diversion' \
            | sed 's/: \//\t\//' >"$scratch/answers" || true
        # Join the answers (package, asked path) back to the paths they were asked for.
        awk -F'\t' 'NR == FNR { if (!($2 in owner)) owner[$2] = $1; next }
                    ($1 in owner) { print owner[$1] "\t" $2 }' "$scratch/answers" "$scratch/asked" >>"$scratch/found"
        cut -f2 "$scratch/found" | sort -u >"$scratch/known"
        sort -u "$scratch/unknown" | comm -23 - "$scratch/known" >"$scratch/still"
        mv "$scratch/still" "$scratch/unknown"
    done
    sort -u "$scratch/found"
    sed 's/^/(no package)\t/' "$scratch/unknown"
}

required_priority() { # package
    [ "$(dpkg-query -W -f='${Priority}' "$1" 2>/dev/null || true)" = required ]
}

status=0
for preset in "${presets[@]}"; do
    declared=("${RD_BUILD_PACKAGES[@]}")
    case "$preset" in
        dev) declared+=("${RD_TEST_PACKAGES[@]}") ;;
        release) declared+=("${RD_PACKAGE_PACKAGES[@]}") ;;
        fuzz) declared+=("${RD_FUZZ_PACKAGES[@]}") ;;
        *) echo "check-deps: unknown preset $preset (dev, release or fuzz)" >&2; exit 2 ;;
    esac
    build_dir="${build_dir_override:-$source_dir/build/$preset}"
    trace="$build_dir/check-deps-trace.json"
    if [ "$configure" = 1 ]; then
        mkdir -p "$build_dir"
        if ! cmake --preset "$preset" -B "$build_dir" --trace-format=json-v1 --trace-redirect="$trace" >"$scratch/configure.log" 2>&1; then
            cat "$scratch/configure.log" >&2
            echo "check-deps: configuring preset $preset failed (above)" >&2
            status=1
            continue
        fi
    fi
    [ -f "$trace" ] || { echo "check-deps: no trace at $trace; run without --no-configure" >&2; exit 2; }

    # What the declared lists bring with them: every Depends/Pre-Depends, recursively.
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
        --no-replaces --no-enhances "${declared[@]}" 2>/dev/null \
        | grep -v '^ ' | sed 's/^<//; s/>$//; s/:.*$//' | sort -u >"$scratch/closure"
    files_read "$build_dir" "$trace" >"$scratch/files"
    owners "$scratch/files" >"$scratch/owners"

    missing=()
    unowned=()
    while IFS=$'\t' read -r pkgs path; do
        if [ "$pkgs" = "(no package)" ]; then
            unowned+=("$path")
            continue
        fi
        # A folder can belong to several packages ("a, b"); one allowed owner is enough.
        allowed=""
        IFS=', ' read -r -a candidates <<<"$pkgs"
        for pkg in "${candidates[@]}"; do
            pkg="${pkg%%:*}"
            [ -n "$pkg" ] || continue
            if grep -qxF "$pkg" "$scratch/closure" || required_priority "$pkg"; then
                allowed=1
                break
            fi
        done
        [ -n "$allowed" ] || missing+=("${candidates[0]%%:*}"$'\t'"$path")
    done <"$scratch/owners"

    count=$(wc -l <"$scratch/files")
    if [ ${#missing[@]} -gt 0 ]; then
        status=1
        echo "check-deps: preset $preset uses packages that the lists in $lists do not bring:" >&2
        printf '%s\n' "${missing[@]}" | sort | awk -F'\t' '!seen[$1]++ { printf "  %s  (for example %s)\n", $1, $2 }' >&2
        printf '%s\n' "${missing[@]}" | cut -f1 | sort -u | sed 's/^/MISSING /' >&2
    fi
    if [ ${#unowned[@]} -gt 0 ]; then
        # Files no package owns were put there by hand (/usr/local, a manual install): a fresh
        # machine has none of them.
        status=1
        echo "check-deps: preset $preset reads files that no Debian package installed:" >&2
        printf '  %s\n' "${unowned[@]}" >&2
    fi
    if [ ${#missing[@]} -eq 0 ] && [ ${#unowned[@]} -eq 0 ]; then
        echo "check-deps: preset $preset: all $count system files CMake read come from the declared packages or the base system."
    fi
done
exit "$status"
