# An `-o` target that cannot be written: exit 2, a message naming the
# file, no temporary file left behind. Tests run as root, for whom a
# read-only mode does not stop writes, so "read-only" here is /proc and a
# path whose parent is a regular file.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
wg=$TOP/tests/golden/emit/every-construct.wg
: >"$dir/plain-file"
mkdir "$dir/a-folder"
for cmd in json dot "dot --render svg"; do
  for target in "$dir/no/such/folder/out" "$dir/plain-file/out" /proc/wgc-test-out "$dir/a-folder"; do
    err=$($WGC $cmd -o "$target" "$wg" 2>&1 >/dev/null); rc=$?
    [ $rc = 2 ] || fail "$cmd -o $target: exit $rc, expected 2"
    printf '%s\n' "$err" | grep -qF "wgc: cannot write \`$target\`: " ||
      fail "$cmd -o $target: unclear message: $err"
  done
done
[ -d "$dir/a-folder" ] && [ -z "$(ls -A "$dir/a-folder")" ] || fail "the folder target was changed"
[ ! -s "$dir/plain-file" ] || fail "the regular file was written"
leftover=$(find "$dir" /proc -maxdepth 1 -name '*.wgc-*' 2>/dev/null)
[ -z "$leftover" ] || fail "temporary files left: $leftover"
exit 0
