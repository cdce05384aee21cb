#!/usr/bin/env bash
# Builds the release preset, makes the .deb (CPack), checks it with lintian and appstreamcli
# (any error or warning fails) and, with --check, installs it on this
# machine, starts the installed program offscreen (--version, then a window on a scratch
# database) and removes it again. Needs root or password-less sudo for the check.
# Usage: scripts/package.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
rd_require_packages "${RD_BUILD_PACKAGES[@]}" "${RD_PACKAGE_PACKAGES[@]}"

bash scripts/check-deps.sh release
cmake --build --preset release
(cd build/release && rm -f recoverydesk_*.deb && cpack -G DEB >/dev/null)
deb="$(ls "$PWD"/build/release/recoverydesk_*.deb)"
echo "Package: $deb"
# Debian's and AppStream's rules: no error or warning is let through.
root_ok=""
[ "$(id -u)" -ne 0 ] || root_ok="--allow-root"
lintian $root_ok --fail-on error,warning "$deb"
appstreamcli validate --no-net resources/org.example.recoverydesk.metainfo.xml >/dev/null
# The version is written in four places; they must agree with the project's.
version="$(dpkg-deb -f "$deb" Version)"
head -n 1 resources/debian/changelog | grep -qF "recoverydesk ($version)" \
    && grep -m 1 "<release " resources/org.example.recoverydesk.metainfo.xml | grep -qF "<release version=\"$version\"" \
    && grep -qF "\"Recovery Desk $version\"" resources/recoverydesk.1 \
    || { echo "The changelog, metainfo and manual page must name version $version first" >&2; exit 1; }
[ "${1:-}" = --check ] || exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo="sudo"
    else
        echo "Package check skipped: installing needs root or password-less sudo." >&2
        exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y --no-install-recommends "$deb" >/dev/null
trap '$sudo dpkg -r recoverydesk >/dev/null' EXIT
for f in /usr/bin/recoverydesk /usr/share/applications/recoverydesk.desktop \
         /usr/share/icons/hicolor/scalable/apps/recoverydesk.svg /usr/share/icons/hicolor/48x48/apps/recoverydesk.png \
         /usr/share/recoverydesk/translations/recoverydesk_nl.qm /usr/share/man/man1/recoverydesk.1.gz \
         /usr/share/doc/recoverydesk/copyright /usr/share/doc/recoverydesk/changelog.gz \
         /usr/share/metainfo/org.example.recoverydesk.metainfo.xml; do
    [ -f "$f" ] || { echo "The package did not install $f" >&2; exit 1; }
done
version="$(QT_QPA_PLATFORM=offscreen /usr/bin/recoverydesk --version)"
echo "Installed: $version"
case "$version" in *0.*|*1.*) ;; *) echo "Unexpected --version output" >&2; exit 1 ;; esac
scratch="$(mktemp -d)"
QT_QPA_PLATFORM=offscreen RD_REPORT_STARTUP=1 /usr/bin/recoverydesk --database "$scratch/try.sqlite" --language nl
[ -f "$scratch/try.sqlite" ] || { echo "The installed program did not create its database" >&2; exit 1; }
rm -rf "$scratch"
echo "The package installs, starts and removes cleanly."
