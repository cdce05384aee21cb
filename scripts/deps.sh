# Shared by run.sh and test.sh: makes sure the Debian/Ubuntu packages the build needs are
# installed. Installs what is missing when it can (root, or sudo without a password prompt);
# otherwise prints the exact command to run and stops. Safe to run any number of times.
# Usage: source scripts/deps.sh; rd_require_packages PKG...

# libqt6opengl6-dev: Qt Charts' CMake package needs Qt6OpenGL, which qt6-base-dev only recommends
# (and we install without recommends). pkgconf and libglu1-mesa-dev: Qt's CMake files and
# FindOpenGL use them when present, so a machine with them and one without would configure
# differently. libsodium-dev: the workstation's signing key (Ed25519). qt6-translations-l10n: Qt's
# own texts (the Close and Cancel buttons) in Dutch. libphonenumber-dev: phone numbers in every
# national and international form. scripts/check-deps.sh proves
# these lists complete.
RD_BUILD_PACKAGES=(cmake ninja-build g++ pkgconf qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev libgl1-mesa-dev libglu1-mesa-dev libsqlite3-dev libqt6sql6-psql
    libsodium-dev qt6-translations-l10n libphonenumber-dev)
# postgresql: the throwaway server the store tests run against a second time (scripts/postgres.sh).
# poppler-utils: pdftotext, which reads a written confirmation's PDF letter back in a test.
RD_TEST_PACKAGES=(catch2 xvfb xauth postgresql poppler-utils)
# The .deb: CPack's DEB generator runs dpkg-shlibdeps (dpkg-dev) and file on each binary.
# lintian and appstream (appstreamcli) check the package against Debian's and AppStream's rules.
RD_PACKAGE_PACKAGES=(dpkg-dev file lintian appstream)
# libFuzzer comes with clang's runtime libraries (libclang-rt-dev on Debian 12 and newer Ubuntu).
# llvm and lld: CMake's clang setup takes llvm-ar, llvm-ranlib and ld.lld when they are there.
RD_FUZZ_PACKAGES=(clang llvm lld)
if apt-cache show libclang-rt-dev >/dev/null 2>&1; then
    RD_FUZZ_PACKAGES+=(libclang-rt-dev)
fi

rd_require_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "This script sets up Debian or Ubuntu. Elsewhere, install Qt 6.4+ (Widgets, Sql with SQLite," \
            "LinguistTools, Test), Catch2 2.13, CMake 3.21+ and Ninja, then use the CMake presets (see README.md)." >&2
        return 1
    fi
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep "install ok installed" >/dev/null; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local line="apt-get install -y --no-install-recommends ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo"
        else
            echo "Missing packages: ${missing[*]}" >&2
            echo "Install them with:  sudo apt-get update && sudo $line" >&2
            return 1
        fi
    fi
    echo "Installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq || { echo "apt-get update failed; run: sudo $line" >&2; return 1; }
    # shellcheck disable=SC2086
    $sudo $line || { echo "Installing failed; run: sudo $line" >&2; return 1; }
}
