# `wgc fmt --check` and `--diff` (docs/style.md) on every example and
# golden case that parses: --check names exactly the files whose layout
# would change (exit 1 then, 0 and nothing printed when none would), and
# the --diff of each, applied by `patch`, gives what `wgc fmt` prints.
set -u
fail() { echo "FAIL: $*"; exit 1; }
cd "$TOP"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
n=0 changed=0
for wg in examples/*.wg examples/broken/*.wg tests/golden/*/*.wg; do
  "$WGC" fmt "$wg" >"$dir/out" 2>/dev/null || continue # syntax errors
  n=$((n + 1))
  "$WGC" fmt --check "$wg" >"$dir/list" 2>&1; rc=$?
  if cmp -s "$wg" "$dir/out"; then
    [ $rc = 0 ] && [ ! -s "$dir/list" ] || fail "--check on the formatted $wg: exit $rc"
  else
    changed=$((changed + 1))
    [ $rc = 1 ] && [ "$(cat "$dir/list")" = "$wg" ] || fail "--check on $wg: exit $rc: $(cat "$dir/list")"
  fi
  "$WGC" fmt --diff "$wg" >"$dir/diff" 2>&1 || fail "--diff on $wg exits $?"
  cp "$wg" "$dir/copy"
  if [ -s "$dir/diff" ]; then
    head -n 2 "$dir/diff" | grep -qx -- "--- a/$wg" || fail "--diff of $wg: no header"
    patch -s "$dir/copy" "$dir/diff" >/dev/null 2>&1 || fail "patch rejects the diff of $wg"
  fi
  cmp -s "$dir/copy" "$dir/out" || fail "the diff of $wg does not give its formatted text"
done
[ $n -gt 150 ] && [ $changed -gt 20 ] || fail "only $n files formatted, $changed changed"
# Both at once: the names, then the diffs; several files in one run.
"$WGC" fmt --check --diff tests/golden/fmt/strings.wg tests/golden/fmt/crlf.fmt >"$dir/both"; rc=$?
[ $rc = 1 ] && [ "$(head -n 1 "$dir/both")" = tests/golden/fmt/strings.wg ] &&
  grep -q '^+++ b/tests/golden/fmt/strings.wg$' "$dir/both" &&
  ! grep -q crlf "$dir/both" || fail "--check --diff together: exit $rc"
exit 0
