# Graphs that read well (docs/output.md, "Layout"): every example renders
# at most three times as wide as high or high as wide; topics come in the
# order written (wgigf's I to V left to right, then down; wgec's A to E
# top to bottom); --focus, --topic and --depth draw the parts they say;
# a large --render says it uses faster settings, and --render-timeout
# stops Graphviz, leaving no output.
set -u
fail() { echo "FAIL: $*"; exit 1; }
command -v dot >/dev/null || fail "Graphviz's dot is not installed: run scripts/install-deps"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
py=/usr/bin/python3

for wg in "$TOP"/examples/*.wg; do
  "$WGC" dot --render svg -o "$dir/g.svg" "$wg" 2>/dev/null || fail "$(basename "$wg"): render failed"
  $py - "$dir/g.svg" <<'PY' || fail "$(basename "$wg"): $(cat "$dir/why")"
import re, sys
m = re.search(r'<svg width="([0-9.]+)pt" height="([0-9.]+)pt"', open(sys.argv[1]).read())
w, h = float(m.group(1)), float(m.group(2))
ratio = max(w / h, h / w)
if ratio > 3:
    open("/dev/stderr", "w").write("aspect %.0fx%.0f pt, %.2f:1\n" % (w, h, ratio))
    sys.exit(1)
PY
done 2>"$dir/why"

# Frames (clusters) in reading order: each next one to the right in the
# same row (their heights overlap), or wholly lower.
order() { # WG TOPICS...
  local wg=$1; shift
  "$WGC" dot --render json "$TOP/examples/$wg.wg" >"$dir/g.json" 2>/dev/null || fail "$wg: render json failed"
  $py - "$dir/g.json" "$@" <<'PY' || fail "$wg: topics out of order"
import json, sys
g = json.load(open(sys.argv[1]))
bb = {o["name"]: [float(v) for v in o["bb"].split(",")] for o in g.get("objects", []) if "bb" in o}
prev = None
for t in sys.argv[2:]:
    x0, y0, x1, y1 = bb["cluster_" + t]
    if prev:
        px0, py0, px1, py1 = prev
        same_row = y0 < py1 and py0 < y1
        if not ((same_row and x0 > px0) or y1 <= py0 + 1):
            print("cluster_%s at %s comes before the one above it" % (t, bb["cluster_" + t]))
            sys.exit(1)
    prev = (x0, y0, x1, y1)
PY
}
order wgigf I II III IV V
order wgec A B C D E

count() { grep -c ' \[label=<' "$dir/v.dot"; }
ef=$TOP/tests/golden/publish/every-fact.wg # draft <- outline, survey; T.1 <- draft
view() { "$WGC" dot "$@" "$ef" >"$dir/v.dot" 2>"$dir/err"; }
view --focus T.1 && [ "$(count)" = 4 ] || fail "--focus T.1: $(count) items, expected 4"
grep -q '"T.1" \[.*peripheries=2' "$dir/v.dot" || fail "--focus: the item is not marked"
grep -q '"T.2"' "$dir/v.dot" && fail "--focus T.1 drew T.2"
view --focus draft && [ "$(count)" = 4 ] || fail "--focus draft: $(count) items, expected 4"
view --focus T.1 --depth 1 && [ "$(count)" = 2 ] || fail "--depth 1: $(count) items, expected 2"
view --topic T && [ "$(count)" = 2 ] || fail "--topic T: $(count) items, expected 2"
view --topic T --depth 1 && [ "$(count)" = 3 ] || fail "--topic T --depth 1: $(count) items, expected 3"
grep -q '"draft" -> "T.1"' "$dir/v.dot" || fail "--topic T --depth 1: no edge from draft"
view --focus draft --render svg -o "$dir/v.svg" || fail "--focus with --render"
view --focus draf; [ $? = 2 ] || fail "--focus of no item: exit not 2"
grep -q 'did you mean `draft`' "$dir/err" || fail "--focus of no item: $(cat "$dir/err")"
view --topic Z; [ $? = 2 ] || fail "--topic of no topic: exit not 2"
"$WGC" json --focus draft "$ef" >/dev/null 2>&1; [ $? = 2 ] || fail "--focus accepted by json"
"$WGC" dot --depth x "$ef" >/dev/null 2>&1; [ $? = 2 ] || fail "--depth x accepted"

# 3,000 items in a chain: faster settings, said on stderr; and a timeout
# of one second stops Graphviz (it needs more), with no file left.
{ echo 'working_group BIG "Big" { as_of 2020-01-01 }'; echo 'composition { open }'
  echo 'deliverable d0 "Item 0" { owner BIG; due 2020-01-01 }'
  for i in $(seq 1 2999); do echo "deliverable d$i \"Item $i\" { owner BIG; depends_on d$((i - 1)); due 2020-01-01 }"; done
} >"$dir/big.wg"
"$WGC" dot --render svg --render-timeout 1 -o "$dir/big.svg" "$dir/big.wg" 2>"$dir/err"; rc=$?
grep -q 'drawing 3000 items' "$dir/err" || fail "no note on a large render: $(cat "$dir/err")"
grep -q 'splines=false' <("$WGC" dot "$dir/big.wg" 2>/dev/null) && fail "fast settings in the DOT text"
[ $rc = 2 ] || fail "--render-timeout 1: exit $rc"
grep -q 'did not finish within 1 s' "$dir/err" || fail "--render-timeout: $(cat "$dir/err")"
[ ! -e "$dir/big.svg" ] || fail "--render-timeout left the output"
[ -z "$(find "$dir" -name '*.wgc-*')" ] || fail "temporary files left"
"$WGC" dot --render-timeout 0 "$dir/big.wg" >/dev/null 2>&1; [ $? = 2 ] || fail "--render-timeout 0 accepted"
exit 0
