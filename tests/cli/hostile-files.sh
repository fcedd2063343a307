# Hostile input, files (CLI.md exit codes, docs/limits.md): an empty
# file is WG201; a folder, a missing file or a folder on standard input
# is exit 2 with a message naming it; an output in a folder that does not
# exist is exit 2 and creates nothing; a file over 64 MiB is WG108 (from
# a path and from standard input) without being compiled. Never a crash,
# a hang (20 s guard) or a sanitizer report.
set -u
. "$TOP/tests/cli/lib/hostile.bash"
good=$TOP/tests/golden/emit/every-construct.wg

# Empty, blank, comment-only and BOM-only files: no working group.
: >"$dir/empty.wg"
printf '\n\n   \t\n' >"$dir/blank.wg"
printf '# nothing but a comment' >"$dir/comment.wg"
printf '\357\273\277' >"$dir/bom.wg"
for f in empty blank comment bom; do
  for cmd in check json dot; do expect 1 WG201 "$cmd" "$dir/$f.wg"; done
  grep -q "^$dir/$f.wg:[0-9]*:[0-9]*: error\[WG201\]" "$dir/err" || fail "$f: $(head -c 300 "$dir/err")"
  head -n 1 "$dir/out" | grep -q '^digraph' || fail "$f: dot drew nothing (WG201 is no syntax error)"
done
expect 1 WG201 check - <"$dir/empty.wg"
grep -q '^<stdin>:1:1: error\[WG201\]' "$dir/err" || fail "empty stdin: $(head -c 300 "$dir/err")"

# A folder given to json or dot, a missing file, a folder on standard
# input: exit 2, named. (`check` walks a folder: tests/cli/check-folders.sh.)
mkdir "$dir/folder.wg"
for cmd in check json dot; do
  if [ $cmd != check ]; then
    expect 2 "" "$cmd" "$dir/folder.wg"
    grep -qx "wgc: cannot read \`$dir/folder.wg\`: Is a directory" "$dir/err" || fail "folder: $(cat "$dir/err")"
  fi
  expect 2 "" "$cmd" "$dir/no-such-file.wg"
  grep -qx "wgc: cannot read \`$dir/no-such-file.wg\`: No such file or directory" "$dir/err" ||
    fail "missing file: $(cat "$dir/err")"
done
expect 2 "" check - <"$dir/folder.wg"
grep -q "^wgc: cannot read .*: Is a directory$" "$dir/err" || fail "folder on stdin: $(cat "$dir/err")"

# An output in a folder that does not exist: exit 2, nothing created.
for cmd in json dot; do
  expect 2 "" "$cmd" -o "$dir/no/such/folder/out.$cmd" "$good"
  grep -qx "wgc: cannot write \`$dir/no/such/folder/out.$cmd\`: No such file or directory" "$dir/err" ||
    fail "$cmd -o in a missing folder: $(cat "$dir/err")"
  [ ! -e "$dir/no" ] || fail "$cmd -o in a missing folder created something"
done

# Over 64 MiB (a byte over): WG108 at once, from a path and from stdin.
# Written in a blink by yes and head, and deleted after.
yes '# a comment line to pad the file past the limit' | head -c $((64 * 1024 * 1024 + 1)) >"$dir/big.wg"
for cmd in check json dot; do expect 1 WG108 "$cmd" "$dir/big.wg"; done
grep -q "^$dir/big.wg:1:1: error\[WG108\]: this file is larger than 64 MiB" "$dir/err" ||
  fail "over 64 MiB: $(head -c 300 "$dir/err")"
[ "$(grep -c 'error\[' "$dir/err")" = 1 ] || fail "over 64 MiB: more than one error"
expect 1 WG108 check - <"$dir/big.wg"
rm -f "$dir/big.wg"
exit 0
