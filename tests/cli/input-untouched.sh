# No command ever modifies its input file (CLI.md, `-o`): checksum and
# modification time before and after check, json, dot and dot --render,
# with and without -o, clean and with errors. Includes -o naming the
# input itself when it cannot be written: the input must survive.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cp "$TOP/tests/golden/emit/every-construct.wg" "$dir/good.wg"
cp "$TOP/tests/golden/emit/cycle-drawn-red.wg" "$dir/bad.wg"
for wg in "$dir/good.wg" "$dir/bad.wg"; do
  before=$(sha256sum "$wg"; stat -c %Y "$wg")
  "$WGC" check "$wg" >/dev/null 2>&1
  "$WGC" json "$wg" >/dev/null 2>&1
  "$WGC" json -o "$dir/out.json" "$wg" >/dev/null 2>&1
  "$WGC" dot "$wg" >/dev/null 2>&1
  "$WGC" dot -o "$dir/out.dot" "$wg" >/dev/null 2>&1
  "$WGC" dot --render svg -o "$dir/out.svg" "$wg" >/dev/null 2>&1
  "$WGC" json - <"$wg" >/dev/null 2>&1
  after=$(sha256sum "$wg"; stat -c %Y "$wg")
  [ "$before" = "$after" ] || fail "$(basename "$wg") was modified"
done
# json with errors must not replace the input even when asked to.
before=$(sha256sum "$dir/bad.wg")
"$WGC" json -o "$dir/bad.wg" "$dir/bad.wg" >/dev/null 2>&1
[ "$before" = "$(sha256sum "$dir/bad.wg")" ] || fail "json with errors overwrote its input"
exit 0
