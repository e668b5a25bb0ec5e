#!/usr/bin/env bash
# check-package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"; source="$2"
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed (apt-get install dpkg-dev desktop-file-utils appstream)"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log"; fail "cpack could not build the .deb"; }
deb=$(ls "$work"/out/portolan_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no portolan_*.deb produced"
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

info=$(dpkg-deb -I "$deb")
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6network6 libyaml-cpp0.7; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done
[ "$(dpkg-deb -f "$deb" Package)" = portolan ] || fail "package name is not portolan"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
expect=(
    ./usr/bin/portolan-cli
    ./usr/share/applications/io.github.portolan.Portolan.desktop
    ./usr/share/metainfo/io.github.portolan.Portolan.metainfo.xml
    ./usr/share/mime/packages/io.github.portolan.Portolan.xml
    ./usr/share/icons/hicolor/scalable/apps/io.github.portolan.Portolan.svg
    ./usr/share/icons/hicolor/48x48/apps/io.github.portolan.Portolan.png
    ./usr/share/icons/hicolor/256x256/apps/io.github.portolan.Portolan.png
    ./usr/share/man/man1/portolan-cli.1.gz
    ./usr/share/portolan/examples/kong-0x-two-datacenters-nat.yaml
    ./usr/share/portolan/catalogs/kong-0.x.yaml
)
if grep -q '^PORTOLAN_BUILD_GUI:BOOL=ON' "$build/CMakeCache.txt"; then
    expect+=(./usr/bin/portolan)
fi
for f in "${expect[@]}"; do
    grep -qxF "$f" <<<"$contents" || fail "package lacks $f"
done
echo "contents: ${#expect[@]} expected files present"

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.github.portolan.Portolan.desktop" || fail "desktop file invalid"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.portolan.Portolan.metainfo.xml" >"$work/as.log" 2>&1 \
    || { cat "$work/as.log"; fail "AppStream metainfo invalid"; }
if command -v xmllint >/dev/null; then
    xmllint --noout "$root/usr/share/mime/packages/io.github.portolan.Portolan.xml" || fail "MIME XML invalid"
fi
zcat "$root/usr/share/man/man1/portolan-cli.1.gz" | groff -man -ww -z 2>"$work/man.log" || true
[ ! -s "$work/man.log" ] || { cat "$work/man.log"; fail "man page has groff warnings"; }

cli="$root/usr/bin/portolan-cli"
"$cli" --version | grep -q "portolan-cli" || fail "installed portolan-cli --version"
n=$("$cli" catalogs --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["catalogs"]))')
[ "$n" -ge 2 ] || fail "installed portolan-cli lists $n catalogs"
for example in "$root"/usr/share/portolan/examples/*.yaml; do
    # A project the installed tool cannot read exits 2.
    set +e
    "$cli" flows "$example" --format json >/dev/null 2>"$work/err"
    rc=$?
    set -e
    if [ "$rc" -eq 2 ]; then cat "$work/err"; fail "installed portolan-cli cannot read $(basename "$example")"; fi
done
echo "installed portolan-cli read $(ls "$root"/usr/share/portolan/examples/*.yaml | wc -l) installed examples"
echo "packaging: ok"
