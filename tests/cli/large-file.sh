# A file of over 1 MiB is mapped rather than read, unless its size is a
# whole number of pages, parsed in two halves and its items checked in
# two halves: the JSON is the same whichever way the text arrives (file,
# page-sized file, stdin), an error in the second half is reported once,
# at its own line, and the checker's errors in both halves come in order.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
n=12000
{
  echo 'working_group W "A large working group"'
  for i in $(seq 1 $n); do
    if [ "$i" = 1 ]; then dep=""; else dep="; depends_on d$((i - 1))"; fi
    echo "deliverable d$i \"Deliverable number $i of a long list\" { owner W; due 2030-01-01$dep }"
  done
} >"$dir/big.wg"
size=$(stat -c %s "$dir/big.wg")
[ "$size" -gt 1048576 ] || fail "the test file is only $size bytes"
pad=$(( (4096 - size % 4096) % 4096 ))
[ "$pad" -ge 2 ] || fail "the test file is already page-sized: change n"

"$WGC" json "$dir/big.wg" >"$dir/file.json" 2>"$dir/err" || fail "json: exit $?: $(head -3 "$dir/err")"
[ "$(jq '.items | length' "$dir/file.json")" = $n ] || fail "items missing"
[ "$(jq -r '.order[-1]' "$dir/file.json")" = "d$n" ] || fail "order wrong"

# The same text from stdin (read, not mapped): the same JSON but for the name.
"$WGC" json - <"$dir/big.wg" >"$dir/stdin.json" 2>/dev/null || fail "stdin: exit $?"
jq -S 'del(.source)' "$dir/file.json" >"$dir/a" && jq -S 'del(.source)' "$dir/stdin.json" >"$dir/b" ||
  fail "jq"
cmp -s "$dir/a" "$dir/b" || fail "stdin gives other JSON"

# Padded with a comment to a whole number of pages: read, not mapped.
cp "$dir/big.wg" "$dir/page.wg"
printf '#%*s\n' $((pad - 2)) '' | tr ' ' x >>"$dir/page.wg"
[ $(( $(stat -c %s "$dir/page.wg") % 4096 )) = 0 ] || fail "padding is wrong"
"$WGC" json "$dir/page.wg" >"$dir/page.json" 2>/dev/null || fail "page-sized: exit $?"
jq -S 'del(.source)' "$dir/page.json" >"$dir/c" || fail "jq"
cmp -s "$dir/a" "$dir/c" || fail "a page-sized file gives other JSON"

# A mistake near the end: one error, at its line.
sed "$((n - 5))s/due 2030-01-01/due 2030-13-01/" "$dir/big.wg" >"$dir/bad.wg"
"$WGC" check --color never "$dir/bad.wg" >/dev/null 2>"$dir/err"
rc=$?
[ $rc = 1 ] || fail "exit $rc for a bad date, expected 1"
[ "$(grep -c ': error' "$dir/err")" = 1 ] || fail "not one error: $(head -5 "$dir/err")"
grep -q "bad.wg:$((n - 5)):.*2030-13-01" "$dir/err" || fail "error not at line $((n - 5)): $(head -3 "$dir/err")"

# Misspelt owners in both halves of the items: two errors, each with its
# hint, in line order.
sed -e "3s/owner W;/owner WW;/" -e "$((n - 2))s/owner W;/owner WW;/" "$dir/big.wg" >"$dir/owners.wg"
"$WGC" check --color never "$dir/owners.wg" >/dev/null 2>"$dir/err"
rc=$?
[ $rc = 1 ] || fail "exit $rc for unknown owners, expected 1"
grep ': error' "$dir/err" | cut -d: -f2 >"$dir/lines"
printf '%s\n' 3 $((n - 2)) | cmp -s - "$dir/lines" || fail "errors not at lines 3 and $((n - 2)): $(cat "$dir/lines")"
[ "$(grep -c 'there is no `WW` in this charter; did you mean `W`?' "$dir/err")" = 2 ] ||
  fail "hints missing: $(head -3 "$dir/err")"
exit 0
