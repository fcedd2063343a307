# With errors in the input, `-o FILE` leaves an existing FILE byte for
# byte as it was and the exit status is 1: `json` after any error, `dot`
# after a syntax error. `dot` still draws a charter with semantic errors.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
printf 'the previous output\n' >"$dir/keep"
cp "$dir/keep" "$dir/out.json"
cp "$dir/keep" "$dir/out.dot"
cycle=$TOP/tests/golden/emit/cycle-drawn-red.wg
printf 'working_group W "w" {\n  established 2020-01-01 {\n' >"$dir/syntax.wg"

"$WGC" json -o "$dir/out.json" "$cycle" >/dev/null 2>&1; rc=$?
[ $rc = 1 ] || fail "json with a semantic error: exit $rc, expected 1"
cmp -s "$dir/keep" "$dir/out.json" || fail "json with errors changed the -o target"
[ -z "$("$WGC" json "$cycle" 2>/dev/null)" ] || fail "json with errors printed something"

"$WGC" dot -o "$dir/out.dot" "$dir/syntax.wg" >/dev/null 2>&1; rc=$?
[ $rc = 1 ] || fail "dot with a syntax error: exit $rc, expected 1"
cmp -s "$dir/keep" "$dir/out.dot" || fail "dot with a syntax error changed the -o target"
"$WGC" dot --render svg -o "$dir/out.dot" "$dir/syntax.wg" >/dev/null 2>&1
cmp -s "$dir/keep" "$dir/out.dot" || fail "dot --render with a syntax error changed the -o target"

# A cycle is a semantic error: dot draws it anyway, and exits 1.
"$WGC" dot -o "$dir/cycle.dot" "$cycle" >/dev/null 2>&1; rc=$?
[ $rc = 1 ] || fail "dot with a cycle: exit $rc, expected 1"
grep -q '"c" -> "a" \[color="#CC3311"' "$dir/cycle.dot" || fail "dot with a cycle: no red edge"

leftover=$(find "$dir" -name '*.wgc-*')
[ -z "$leftover" ] || fail "temporary files left: $leftover"
exit 0
