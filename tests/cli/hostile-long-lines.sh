# Hostile input, size of lines and tokens (docs/limits.md): a 4 MiB line
# is fine, in a comment or full of statements, and a diagnostic on it
# shows a window around the caret; a token over 1 MiB (a string, a long
# string, a name) is WG108; 2,000,000 empty lines are fine and counted.
# Never a crash, a hang (20 s guard) or a sanitizer report. Inputs are
# generated here, not committed.
set -u
. "$TOP/tests/cli/lib/hostile.bash"
MiB=$((1024 * 1024))
tail='composition { open }'

# A 4 MiB comment line, then a clean charter: nothing to say.
{ printf '# '; head -c $((4 * MiB)) /dev/zero | tr '\0' x; printf '\nworking_group W "w"\n%s\n' "$tail"; } >"$dir/comment.wg"
for cmd in check json dot; do expect 0 "" "$cmd" "$dir/comment.wg"; done
[ ! -s "$dir/err" ] || fail "4 MiB comment: $(head -c 300 "$dir/err")"

# A 4 MiB line of 250,000 statements with a stray `@` near its end: the
# excerpt is a window around the caret, elided on the left.
{ printf 'working_group W "w" { '; yes 'note "abcdefgh"; ' | head -n 250000 | tr -d '\n'; printf ' @ }\n%s\n' "$tail"; } >"$dir/line.wg"
for cmd in check json dot; do expect 1 WG104 "$cmd" "$dir/line.wg"; done
col=$(( $(head -n 1 "$dir/line.wg" | wc -c) - 3 ))
grep -q "^$dir/line.wg:1:$col: error\[WG104\]: unexpected character \`@\`" "$dir/err" ||
  fail "4 MiB line: wrong place: $(head -c 300 "$dir/err")"
[ "$(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$dir/err")" -lt 400 ] ||
  fail "4 MiB line: the excerpt is not cut to a window"
grep -q '^    1 | \.\.\..*@ }$' "$dir/err" || fail "4 MiB line: no elided excerpt: $(head -c 400 "$dir/err")"

# Tokens over 1 MiB: a string, a long string, a name.
big=$(head -c $((MiB + 16)) /dev/zero | tr '\0' y)
printf 'working_group W "%s"\n%s\n' "$big" "$tail" >"$dir/string.wg"
printf 'working_group W """%s\n%s"""\n%s\n' "$big" "$big" "$tail" >"$dir/long-string.wg"
printf 'working_group W%s "w"\n%s\n' "$big" "$tail" >"$dir/name.wg"
for f in string long-string name; do
  for cmd in check json dot; do expect 1 WG108 "$cmd" "$dir/$f.wg"; done
  grep -q '^.*:1:1[5-7]: error\[WG108\]: this token is longer than 1 MiB' "$dir/err" ||
    fail "$f over 1 MiB: $(head -c 300 "$dir/err")"
  [ "$(awk '{ if (length($0) > m) m = length($0) } END { print m }' "$dir/err")" -lt 400 ] ||
    fail "$f over 1 MiB: the excerpt is not cut to a window"
done
# Just under the limit is fine.
small=$(head -c $((MiB - 16)) /dev/zero | tr '\0' y)
printf 'working_group W "%s"\n%s\n' "$small" "$tail" >"$dir/string-ok.wg"
expect 0 "" json "$dir/string-ok.wg"
[ "$(grep -c y "$dir/out")" -ge 1 ] || fail "a string under 1 MiB is not in the JSON"

# 2,000,000 empty lines (LF, then CRLF) before an error: its line number
# is right, and the run is quick.
for eol in lf crlf; do
  { yes '' | head -n 2000000 | if [ $eol = crlf ]; then sed 's/$/\r/'; else cat; fi
    printf 'working_group W "w"\n%s\nbody B "b" { reports_to Nowhere }\n' "$tail"; } >"$dir/empty-$eol.wg"
  for cmd in check json dot; do expect 1 WG204 "$cmd" "$dir/empty-$eol.wg"; done
  grep -q "^$dir/empty-$eol.wg:2000003:25: error\[WG204\]" "$dir/err" ||
    fail "2,000,000 empty lines ($eol): $(head -c 300 "$dir/err")"
done
exit 0
