#!/usr/bin/env bash
# Wrap a built bundle in a .deb: the bundle under /opt/caseworker, `caseworker` on PATH, a menu
# entry and the icon in the hicolor theme's usual sizes. Debian's icon-cache and desktop-database
# triggers pick both up, so the package needs no scripts of its own.
#
#   packaging/linux/make_deb.sh BUNDLE_DIR ICON_DIR VERSION OUT_DIR
set -euo pipefail
bundle="$1" icons="$2" version="$3" out="$4"
here="$(cd "$(dirname "$0")" && pwd)"
arch="$(dpkg --print-architecture)"
app_id=org.caseworker.Caseworker

root="$(mktemp -d /tmp/caseworker-deb.XXXXXX)"
trap 'rm -rf "$root"' EXIT
chmod 755 "$root"  # the package's "./": mktemp makes it private
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/doc/caseworker"
cp -a "$bundle" "$root/opt/caseworker"
ln -s /opt/caseworker/caseworker "$root/usr/bin/caseworker"
install -m 644 "$here/$app_id.desktop" "$root/usr/share/applications/$app_id.desktop"
for size in 16 24 32 48 64 128 256; do
  dir="$root/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 644 "$icons/caseworker-$size.png" "$dir/$app_id.png"
done
install -m 644 "$here/../../LICENSE" "$root/usr/share/doc/caseworker/copyright"

installed_kb=$(du -sk "$root" --exclude=DEBIAN | cut -f1)
# The libraries Qt's xcb platform loads from the system (the rest is inside the bundle).
cat > "$root/DEBIAN/control" <<CONTROL
Package: caseworker
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: Caseworker <caseworker@localhost>
Installed-Size: $installed_kb
Depends: libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-xfixes0, libx11-xcb1
Description: Casework, aid, grants, meetings and donor stewardship for small nonprofits
 The casework of the people a nonprofit helps (clients, cases, aid from funds), its grant
 applications and meetings, and the stewardship of its donors (gifts, receipts and a
 contact-frequency guard), in one encrypted database on the laptop or on a PostgreSQL server.
 This package holds a self-contained build: it needs no Python. Check it with
 "caseworker --self-test".
CONTROL
mkdir -p "$out"
deb="$out/caseworker_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
