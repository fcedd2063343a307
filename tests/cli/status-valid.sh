# `wgc status`: every golden .status.json validates against
# docs/schema/status.schema.json (Ajv, tests/tools); every golden .status
# fits 80 columns as a terminal shows them; every example has its
# publishing goldens in tests/golden/publish; colour only when asked for
# or on a terminal; the reference day is --as-of, else as_of, else today.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
validate="node $TOP/tests/tools/validate.js $TOP/docs/schema/status.schema.json"
n=0
while IFS= read -r -d '' j; do
  [ -s "$j" ] || continue
  $validate "$j" >"$dir/log" 2>&1 || fail "${j#"$TOP"/}: $(cat "$dir/log")"
  n=$((n + 1))
done < <(find "$TOP/tests/golden" -name '*.status.json' -print0)
[ $n -ge 5 ] || fail "only $n golden .status.json files"
"$WGC" status --format json "$TOP/examples/wgec.wg" 2>/dev/null | $validate - >/dev/null || fail "today's status of wgec does not validate"

while IFS= read -r -d '' s; do
  wide=$(/usr/bin/python3 -c '
import sys, unicodedata
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    w = sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
            for c in line.rstrip("\n"))
    if w > 80: print("line %d: %d columns" % (n, w))' "$s")
  [ -z "$wide" ] || fail "${s#"$TOP"/}: $wide"
done < <(find "$TOP/tests/golden" -name '*.status' -print0)

for wg in "$TOP"/examples/*.wg; do
  name=$(basename "$wg" .wg)
  for ext in status status.json ics html args; do
    [ -e "$TOP/tests/golden/publish/$name.$ext" ] || fail "examples/$name.wg has no tests/golden/publish/$name.$ext"
  done
done

wg=$TOP/tests/golden/publish/every-fact.wg
"$WGC" status --color always "$wg" 2>/dev/null | grep -q $'\033\[' || fail "--color always gives no colour"
"$WGC" status "$wg" 2>/dev/null | grep -q $'\033' && fail "colour in a pipe"
"$WGC" status "$wg" 2>/dev/null | grep -q '^Status on 2014-06-10 (as_of in the file)' || fail "as_of not used"
"$WGC" status --as-of 2014-07-01 "$wg" 2>/dev/null | grep -q '^Status on 2014-07-01 (from --as-of)' || fail "--as-of not used"
today=$(date +%Y-%m-%d)
"$WGC" status "$TOP/examples/wgec.wg" 2>/dev/null | grep -q "^Status on $today (today)" || fail "today not used"
"$WGC" status -o "$dir/s.txt" "$wg" 2>/dev/null && grep -q '^Overdue (1)' "$dir/s.txt" || fail "-o"
"$WGC" status "$TOP/tests/golden/publish/problems-shown.wg" >"$dir/out" 2>/dev/null
[ $? = 1 ] && [ ! -s "$dir/out" ] || fail "status of a charter with errors: output or wrong exit"
exit 0
