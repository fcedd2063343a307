#!/bin/sh
# tests/tools/page-picture.sh WGC OUT.png: the picture of the HTML page of
# examples/wgec.wg that README.md shows, as headless Chromium (Debian's)
# draws it: the page as of 2014-03-15, the top 1000x2000 pixels. One
# command for `make generated`, which makes it, and for
# tests/cli/readme-current.sh, which checks it is current.
set -eu
wgc=$1 out=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top"
"$wgc" html --as-of 2014-03-15 -o "$tmp/wgec.html" examples/wgec.wg
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$tmp/profile" --hide-scrollbars --window-size=1000,2000 \
  --screenshot="$tmp/page.png" "file://$tmp/wgec.html" >/dev/null 2>&1
mv "$tmp/page.png" "$out"
