# `wgc fmt -w` (CLI.md, "Version 2 commands"): rewrites a file in place,
# keeping its mode and owner; leaves a formatted file untouched (same
# modification time) and a file with syntax errors too (exit 1, the
# diagnostics on stderr). A folder stands for the *.wg files under it, in
# sorted order, not through symbolic links; - is standard input.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cd "$dir"
mkdir -p b/deep a other
printf 'body  A "a"\n' >b/deep/messy.wg
printf 'body A "a"\n' >a/clean.wg
printf 'body A "a\n' >b/broken.wg
printf 'body  Z "z"\n' >other/z.wg
printf 'body  T "t"\n' >a/notes.txt
ln -s ../other a/link.wg
ln -s ../other/z.wg b/zlink.wg
chmod 640 b/deep/messy.wg
if [ "$(id -u)" = 0 ]; then chown nobody b/deep/messy.wg; fi
owner=$(stat -c '%U:%G' b/deep/messy.wg)
touch -d '2020-01-01 00:00' a/clean.wg b/broken.wg
sums() { sha256sum a/clean.wg b/broken.wg other/z.wg a/notes.txt; stat -c %Y a/clean.wg b/broken.wg; }
before=$(sums)

# --check walks the folders sorted, without following links
"$WGC" fmt --check b a >out 2>err; rc=$?
[ $rc = 1 ] || fail "--check exits $rc"
[ "$(cat out)" = "b/deep/messy.wg" ] || fail "--check lists: $(cat out)"
grep -q 'b/broken.wg:1:8: error\[WG102\]' err || fail "no diagnostic for the broken file: $(cat err)"
"$WGC" fmt --check . >out 2>/dev/null
[ "$(cat out)" = "$(printf 'b/deep/messy.wg\nother/z.wg')" ] || fail "--check . lists: $(cat out)"

"$WGC" fmt -w a b >out 2>err; rc=$?
[ $rc = 1 ] || fail "-w with a broken file exits $rc"
[ ! -s out ] || fail "-w printed: $(cat out)"
[ "$(cat b/deep/messy.wg)" = 'body A "a"' ] || fail "-w did not rewrite: $(cat b/deep/messy.wg)"
[ "$(stat -c %a b/deep/messy.wg)" = 640 ] || fail "-w changed the mode"
[ "$(stat -c '%U:%G' b/deep/messy.wg)" = "$owner" ] || fail "-w changed the owner"
[ "$before" = "$(sums)" ] || fail "-w touched a formatted, broken, linked or other file"
ls -A b/deep | grep -q wgc && fail "-w left a temporary file: $(ls -A b/deep)"
"$WGC" fmt --check a b/deep >/dev/null 2>&1 || fail "not formatted after -w"

# a link named on the command line is followed: its target is rewritten
"$WGC" fmt -w b/zlink.wg || fail "-w through a link"
[ -L b/zlink.wg ] && [ "$(cat other/z.wg)" = 'body Z "z"' ] || fail "-w replaced the link"

# a file with another hard link is rewritten in place: both names see
# the new layout, and it stays one file
mkdir hard
printf 'body  H "h"\n' >hard/one.wg
ln hard/one.wg hard/two.wg
ino=$(stat -c %i hard/one.wg)
"$WGC" fmt -w hard/one.wg || fail "-w on a hard link"
[ "$(cat hard/two.wg)" = 'body H "h"' ] || fail "-w broke the hard link: $(cat hard/two.wg)"
[ "$(stat -c '%i %h' hard/one.wg)" = "$ino 2" ] || fail "-w replaced the file: $(stat -c '%i %h' hard/one.wg)"

# a file the user may not write (as user nobody: tests run as root, whom
# modes do not stop) is left as it was, exit 2
as="setpriv --reuid=65534 --regid=65534 --clear-groups"
if [ "$(id -u)" = 0 ] && $as "$WGC" --version >/dev/null 2>&1; then
  mkdir ro && printf 'body  R "r"\n' >ro/r.wg && chown -R 65534:65534 ro && chmod 444 ro/r.wg
  chmod a+x "$dir"
  $as "$WGC" fmt -w ro/r.wg 2>err; rc=$?
  [ $rc = 2 ] || fail "-w on a read-only file exits $rc"
  grep -q "cannot write \`ro/r.wg\`: Permission denied" err || fail "read-only: $(cat err)"
  [ "$(cat ro/r.wg)" = 'body  R "r"' ] && [ -z "$(ls -A ro | grep -v '^r.wg$')" ] || fail "read-only: the file changed"
else
  echo "note: cannot run wgc as user nobody: the read-only case is skipped"
fi

# standard input, CRLF kept
printf 'body  A "a"\r\n' | "$WGC" fmt - >out
printf 'body A "a"\r\n' | cmp -s - out || fail "stdin with CRLF: $(od -c out)"
printf 'body  A "a"\n' | "$WGC" fmt --check - >out; rc=$?
[ $rc = 1 ] && [ "$(cat out)" = "<stdin>" ] || fail "--check - exits $rc: $(cat out)"

# usage and I/O errors
"$WGC" fmt -w - </dev/null >/dev/null 2>&1; [ $? = 2 ] || fail "-w - is not a usage error"
"$WGC" fmt >/dev/null 2>&1; [ $? = 2 ] || fail "fmt without a file is not a usage error"
"$WGC" fmt --tabs a >/dev/null 2>&1; [ $? = 2 ] || fail "an unknown option is not a usage error"
"$WGC" fmt nowhere.wg >/dev/null 2>&1; [ $? = 2 ] || fail "a missing file does not exit 2"
exit 0
