# Every rule's wrong example (`wgc explain CODE --wrong`) sets off that
# rule, and its fixed example does not, nor any error. WG100, about a
# file that cannot be read, has none: it is tested in check-folders.sh.
set -u
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bad=0
for code in $("$WGC" rules | cut -d' ' -f1); do
  "$WGC" explain "$code" --wrong >"$tmp/wrong.wg" 2>/dev/null
  "$WGC" explain "$code" --fixed >"$tmp/fixed.wg" 2>/dev/null
  if [ ! -s "$tmp/wrong.wg" ]; then
    [ "$code" = WG100 ] || { echo "FAIL: $code has no wrong example"; bad=1; }
    continue
  fi
  if ! "$WGC" check --format json "$tmp/wrong.wg" | jq -e --arg c "$code" '[.diagnostics[].code] | index($c)' >/dev/null; then
    echo "FAIL: $code: its wrong example does not set it off"; "$WGC" check "$tmp/wrong.wg"; bad=1
  fi
  if "$WGC" check --format json "$tmp/fixed.wg" | jq -e --arg c "$code" '[.diagnostics[] | select(.code == $c or .severity == "error")] | length > 0' >/dev/null; then
    echo "FAIL: $code: its fixed example still has it, or an error"; "$WGC" check "$tmp/fixed.wg"; bad=1
  fi
done
exit $bad
