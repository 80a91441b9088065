#!/usr/bin/env bash
# Builds the Debian package from the build tree and checks its file list and metadata.
set -euo pipefail
build="$1"
out="$2"
rm -rf "$out" && mkdir -p "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/theke_*.deb | head -n1)
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
fail=0
for f in ./usr/bin/theke ./usr/bin/theke-server ./usr/bin/theke-ctl \
         ./usr/share/applications/de.theke.Theke.desktop \
         ./usr/share/metainfo/de.theke.Theke.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/de.theke.Theke.svg; do
  if ! grep -qx "$f" <<<"$files"; then echo "FAIL: $f missing from $deb"; fail=1; else echo "ok: $f"; fi
done
# Nothing from the build or test tree may leak into the package.
if grep -E 'tst_|bench_|\.a$|/include/' <<<"$files"; then echo "FAIL: build artefacts in the package"; fail=1; fi
dpkg-deb -f "$deb" Package | grep -qx theke || { echo "FAIL: package name"; fail=1; }
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets6 || { echo "FAIL: Depends lacks Qt"; fail=1; }
# The client reads sync feed pages with simdjson (linked as a shared library).
dpkg-deb -f "$deb" Depends | grep -q libsimdjson14 || { echo "FAIL: Depends lacks libsimdjson14"; fail=1; }
# The desktop file must name the executable that is installed.
dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/applications/de.theke.Theke.desktop | grep -qx 'Exec=theke' \
  || { echo "FAIL: desktop Exec"; fail=1; }
[ $fail -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
