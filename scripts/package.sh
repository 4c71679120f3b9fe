#!/usr/bin/env bash
# Builds the Debian package pplab_<version>_amd64.deb into ${OUT_DIR:-dist}/ and checks it: its file
# list holds the binary, desktop entry, icons, metainfo, MIME type, man page and completion; then
# desktop-file-validate, appstreamcli validate and lintian when they are installed
# (`PPLAB_PACKAGING_TOOLS=1 bash scripts/deps.sh` installs them).
#
#   bash scripts/package.sh                        # release build in build-package/ (dpkg-buildflags)
#   BUILD_DIR=build-ci bash scripts/package.sh     # package an existing build instead (CI: no rebuild)
#   LINTIAN=0 bash scripts/package.sh              # skip lintian (it takes a while)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build-package}"
OUT_DIR="${OUT_DIR:-dist}"
JOBS="${JOBS:-$(nproc)}"

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  # A fresh release build with Debian's hardening flags (stack protector, fortify, relro, now).
  export CFLAGS="$(dpkg-buildflags --get CFLAGS)"
  export CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS)"
  export CPPFLAGS="$(dpkg-buildflags --get CPPFLAGS)"
  export LDFLAGS="$(dpkg-buildflags --get LDFLAGS) -Wl,-z,now"
  export CXXFLAGS="$CXXFLAGS $CPPFLAGS"
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPPLAB_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$JOBS" --target pplab pplab_desktop_files
mkdir -p "$OUT_DIR"
OUT_ABS="$(cd "$OUT_DIR" && pwd)"
(cd "$BUILD_DIR" && cpack -G DEB -B "$OUT_ABS" >/dev/null)
rm -rf "$OUT_ABS/_CPack_Packages"
VERSION="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD_DIR/CPackConfig.cmake")"
DEB="$OUT_ABS/pplab_${VERSION}_$(dpkg --print-architecture).deb"
[ -f "$DEB" ] || { echo "package.sh: $DEB was not made" >&2; exit 1; }

# What the desktop needs must be in the package.
LIST="$(dpkg-deb -c "$DEB" | awk '{print $NF}' | sed 's|^\./|/|')"
missing=0
for f in /usr/bin/pplab \
         /usr/share/applications/io.github.pplab.pplab.desktop \
         /usr/share/metainfo/io.github.pplab.pplab.metainfo.xml \
         /usr/share/mime/packages/io.github.pplab.pplab.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.pplab.pplab.svg \
         /usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256}/apps/io.github.pplab.pplab.png \
         /usr/share/man/man1/pplab.1.gz \
         /usr/share/bash-completion/completions/pplab \
         /usr/share/doc/pplab/copyright \
         /usr/share/doc/pplab/changelog.gz; do
  grep -qxF "$f" <<< "$LIST" || { echo "package.sh: $f is missing from $(basename "$DEB")" >&2; missing=1; }
done
[ "$missing" = 0 ] || exit 1
echo "package.sh: $(basename "$DEB"): $(du -k "$DEB" | cut -f1) KiB, installs $(dpkg-deb -f "$DEB" Installed-Size) KiB"
echo "package.sh: Depends: $(dpkg-deb -f "$DEB" Depends)"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate --no-hints resources/desktop/io.github.pplab.pplab.desktop
  echo "package.sh: desktop-file-validate: ok"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic resources/desktop/io.github.pplab.pplab.metainfo.xml >/dev/null
  echo "package.sh: appstreamcli validate: ok"
fi
if [ "${LINTIAN:-1}" != 0 ] && command -v lintian >/dev/null; then
  # Errors fail the package; warnings and infos are printed.
  lintian --info --display-info --fail-on error "$DEB" | tee "$OUT_ABS/lintian.txt" || { echo "package.sh: lintian found errors" >&2; exit 1; }
  echo "package.sh: lintian: no errors ($(grep -c '^W:' "$OUT_ABS/lintian.txt" || true) warnings)"
fi
echo "$DEB"
