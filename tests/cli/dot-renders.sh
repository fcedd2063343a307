# `wgc dot --render svg -o FILE` writes an SVG, and Graphviz renders
# every golden .dot without a word on stderr (CLI.md: "renders without
# warnings"). Needs Graphviz's `dot`, which scripts/install-deps installs.
set -u
fail() { echo "FAIL: $*"; exit 1; }
command -v dot >/dev/null || fail "Graphviz's dot is not installed: run scripts/install-deps"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
wg=$TOP/tests/golden/emit/every-construct.wg

"$WGC" dot --render svg -o "$dir/x.svg" "$wg" 2>/dev/null || fail "dot --render svg: exit $?"
head -c 100 "$dir/x.svg" | grep -q '^<?xml\|^<svg' || fail "not an SVG: $(head -c 60 "$dir/x.svg")"
grep -q '</svg>' "$dir/x.svg" || fail "the SVG is cut short"
"$WGC" dot --render png -o "$dir/x.png" "$wg" 2>/dev/null || fail "dot --render png: exit $?"
[ "$(head -c 4 "$dir/x.png" | tail -c 3)" = PNG ] || fail "not a PNG"
"$WGC" dot --render nosuchformat -o "$dir/x.bad" "$wg" >/dev/null 2>&1; rc=$?
[ $rc = 2 ] || fail "--render with an unknown format: exit $rc, expected 2"
[ ! -e "$dir/x.bad" ] || fail "--render failed but left its target"

n=0
while IFS= read -r -d '' f; do
  warn=$(dot -Tsvg "$f" 2>&1 >/dev/null)
  [ -z "$warn" ] || fail "dot -Tsvg ${f#"$TOP"/}: $warn"
  n=$((n + 1))
done < <(find "$TOP/tests/golden" -name '*.dot' -print0)
[ $n -gt 0 ] || fail "no golden .dot files found"
leftover=$(find "$dir" -name '*.wgc-*')
[ -z "$leftover" ] || fail "temporary files left: $leftover"
exit 0
