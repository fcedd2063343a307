# Hostile input, braces (docs/limits.md): blocks nested far past the
# 64-level limit stop at WG108, once; a flood of `{` that opens nothing
# is one syntax error, the rest skipped by counting. Never a crash, a
# hang (20 s guard) or a sanitizer report, with check, json and dot
# alike. Inputs are generated here, not committed. (A flood of `}`:
# hostile-many-errors.sh.)
set -u
. "$TOP/tests/cli/lib/hostile.bash"

# 100,000 nested groups, each on its line and each closed.
awk 'BEGIN { n = 100000
  print "working_group W \"w\""; print "composition {"
  for (i = 1; i <= n; i++) print "group g" i " {"
  for (i = 1; i <= n; i++) print "}"
  print "}" }' >"$dir/groups.wg"
for cmd in check json dot; do expect 1 WG108 "$cmd" "$dir/groups.wg"; done
grep -q 'nest deeper than 64 levels' "$dir/err" || fail "nesting: the limit is not named"
[ "$(grep -c 'error\[' "$dir/err")" = 1 ] || fail "nesting: more than one error"

# 1,000,000 blocks opened, never closed: the same single WG108.
{ echo 'working_group W "w"'; echo 'composition {'; yes 'group g {' | head -n 1000000; } >"$dir/open.wg"
for cmd in check json dot; do expect 1 WG108 "$cmd" "$dir/open.wg"; done
[ "$(grep -c 'error\[' "$dir/err")" = 1 ] || fail "1,000,000 open blocks: more than one error"

# 1,000,000 `{` on one line, at the top level and after a declaration:
# the first that opens nothing is the one error.
head -c 1000000 /dev/zero | tr '\0' '{' >"$dir/braces.wg"
{ printf 'working_group W "w" '; cat "$dir/braces.wg"; echo; } >"$dir/braces-after.wg"
for f in braces braces-after; do
  for cmd in check json dot; do expect 1 WG107 "$cmd" "$dir/$f.wg"; done
  [ "$(grep -c 'error\[' "$dir/err")" = 1 ] || fail "$f: more than one error"
done
expect 1 WG107 check --format json "$dir/braces.wg"
expect 1 WG107 check --format sarif "$dir/braces.wg"
exit 0
