# `wgc html` pages in a real browser: headless Chromium (Debian's) loads
# each golden page from a file; the DOM it builds must have the page's
# headings and tables, the console must stay silent, and the page must
# ask for nothing outside itself (no script, stylesheet, image, frame or
# font from elsewhere: every link is to a place in the page). One page is
# also drawn (--screenshot) to show it renders to a picture.
set -u
fail() { echo "FAIL: $*"; exit 1; }
command -v chromium >/dev/null || fail "chromium is missing: run scripts/install-deps test"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
browse() { # OUT-FLAG URL...: runs Chromium, stderr to $dir/log
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d "$dir/profile.XXXXXX")" --enable-logging=stderr --v=0 \
    --window-size=1200,1600 "$@" 2>"$dir/log"
}
n=0
while IFS= read -r -d '' page; do
  [ -s "$page" ] || continue
  name=${page#"$TOP"/}
  grep -Eiq '<(script|link|img|iframe|object|embed|base)[ >]|[ :]src=|url\(|@import' "$page" &&
    fail "$name: loads something: $(grep -Eio '<(script|link|img|iframe|object|embed|base)[ >]|[ :]src=|url\(|@import' "$page" | head -1)"
  grep -Eo '(xlink:)?href="[^"]*"' "$page" | grep -v 'href="#' | head -1 | grep -q . &&
    fail "$name: a link out of the page: $(grep -Eo '(xlink:)?href="[^"]*"' "$page" | grep -v 'href="#' | head -1)"
  browse --dump-dom "file://$page" >"$dir/dom" || fail "$name: chromium failed: $(tail -3 "$dir/log")"
  grep -q 'CONSOLE' "$dir/log" && fail "$name: console: $(grep CONSOLE "$dir/log" | head -3)"
  [ "$(grep -c '<h1>' "$dir/dom")" = 1 ] || fail "$name: not one h1"
  for h in mandate composition roles timeline deliverables graph; do
    grep -q "<h2 id=\"$h-h\">" "$dir/dom" || fail "$name: no heading $h"
  done
  n=$((n + 1))
done < <(find "$TOP/tests/golden/publish" -name '*.html' -print0 | sort -z)
[ $n -ge 5 ] || fail "only $n pages"

# The example in detail, against its compiled charter: a row per item,
# each dependency a link to its row, a row per top group, the two
# pictures, and "Problems found" listing each diagnostic, or absent.
page=$TOP/tests/golden/publish/wgec.html
(cd "$TOP/tests/golden/publish" && "$WGC" json wgec.wg >"$dir/c.json" 2>/dev/null) || fail "wgec: no JSON"
browse --dump-dom "file://$page" >"$dir/dom" || fail "chromium failed"
[ "$(grep -c '<tr id="item-' "$dir/dom")" = "$(jq '.items | length' "$dir/c.json")" ] || fail "wgec: not a row per item"
dep=$(jq -r '[.items[].depends_on[]][0] // empty' "$dir/c.json")
[ -n "$dep" ] || fail "wgec: no dependency to look for"
grep -q "<a href=\"#item-$dep\" class=\"id\">$dep</a>" "$dir/dom" || fail "wgec: no link to $dep"
[ "$(grep -c '<th scope="row" class="depth0">' "$dir/dom")" = "$(jq '.composition.groups | length' "$dir/c.json")" ] ||
  fail "wgec: not a row per group"
grep -q '<svg class="timeline"' "$dir/dom" || fail "wgec: no timeline"
grep -q '<svg class="graph"' "$dir/dom" || fail "wgec: no graph"
grep -q 'class="today"' "$dir/dom" || fail "wgec: no line for the as-of day"
(cd "$TOP/tests/golden/publish" && "$WGC" check --format json $(cat wgec.args) wgec.wg >"$dir/d.json" 2>/dev/null)
if [ "$(jq '.diagnostics | length' "$dir/d.json")" = 0 ]; then
  grep -q 'id="problems"' "$dir/dom" && fail "wgec: problems listed for a clean charter"
else
  [ "$(grep -c '<li><strong class="' "$dir/dom")" = "$(jq '.diagnostics | length' "$dir/d.json")" ] ||
    fail "wgec: not every problem listed"
fi
grep -q 'id="problems"' "$TOP/tests/golden/publish/problems-shown.html" || fail "problems-shown: no problems listed"

# The console check can fail: a page that logs is caught.
printf '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><script>console.error("x")</script></body></html>' >"$dir/bad.html"
browse --dump-dom "file://$dir/bad.html" >/dev/null
grep -q CONSOLE "$dir/log" || fail "a console message went unnoticed"

browse --screenshot="$dir/page.png" "file://$page" >/dev/null || fail "screenshot failed"
[ "$(head -c 4 "$dir/page.png" | tail -c 3)" = PNG ] || fail "the screenshot is not a PNG"
exit 0
