#!/usr/bin/env bash
# Lay out a macOS disk image for Caseworker.app: the app beside a link to /Applications, as
# people expect to drag it across. Run on macOS after PyInstaller made dist/Caseworker.app:
#
#   packaging/macos/make_dmg.sh dist/Caseworker.app 0.1.0
#
# Writes dist/Caseworker-<version>.dmg (compressed, read-only). Signing and notarisation are left
# for later; when there is a Developer ID, sign the app before this step:
#   codesign --deep --force --options runtime --timestamp --sign "Developer ID Application: ..." dist/Caseworker.app
# and notarise the .dmg after it:
#   xcrun notarytool submit dist/Caseworker-<version>.dmg --keychain-profile ... --wait
#   xcrun stapler staple dist/Caseworker-<version>.dmg
# Until then, Gatekeeper asks the user to open it with right-click > Open the first time.
set -euo pipefail
app="$1" version="$2"
[ -d "$app" ] || { echo "no app bundle at $app" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || { echo "make_dmg.sh runs on macOS (it needs hdiutil)" >&2; exit 1; }

plist="$app/Contents/Info.plist"
identifier="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$plist")"
shown="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$plist")"
[ "$identifier" = org.caseworker.Caseworker ] || { echo "unexpected bundle identifier $identifier" >&2; exit 1; }
[ "$shown" = "$version" ] || { echo "the app says version $shown, not $version" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/Caseworker.app"
ln -s /Applications "$stage/Applications"
out="$(dirname "$app")/Caseworker-$version.dmg"
rm -f "$out"
hdiutil create -volname "Caseworker $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
echo "$out"
