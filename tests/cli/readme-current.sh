# What README.md shows of the publishing commands is what wgc makes now:
# the status report of examples/wgec.wg (the block after the comment that
# names its command), and the picture of its HTML page, as headless
# Chromium draws it (tests/tools/page-picture.sh; `make generated`
# redraws it).
set -eu
cd "$TOP"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cmd='wgc status --as-of 2014-03-15 examples/wgec.wg'
grep -qF "<!-- $cmd -->" README.md || { echo "README.md lacks <!-- $cmd -->"; exit 1; }
awk -v c="<!-- $cmd -->" '$0 == c { on = 1; next } on && /^```$/ { n++; if (n == 2) exit; next } on && n == 1' \
  README.md >"$tmp/shown"
"$WGC" status --color never --as-of 2014-03-15 examples/wgec.wg >"$tmp/now" 2>/dev/null
cmp -s "$tmp/shown" "$tmp/now" || { echo "README.md's status report is stale:"; diff -u "$tmp/shown" "$tmp/now" | head -20; exit 1; }
grep -q 'docs/wgec-page.png' README.md
command -v chromium >/dev/null || { echo "chromium is missing: run scripts/install-deps test"; exit 1; }
tests/tools/page-picture.sh "$WGC" "$tmp/page.png"
cmp -s docs/wgec-page.png "$tmp/page.png" || { echo "docs/wgec-page.png is stale: make generated"; exit 1; }
