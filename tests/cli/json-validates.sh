# The compiled charter of every clean golden case validates against
# docs/schema/charter.schema.json (ajv, tests/tools), and every golden
# .json file is what `wgc json` prints: nothing at all, or valid JSON.
set -u
fail() { echo "FAIL: $*"; exit 1; }
cd "$TOP/tests/golden"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
validate="node $TOP/tests/tools/validate.js $TOP/docs/schema/charter.schema.json"
n=0
while IFS= read -r -d '' wg; do
  out="$dir/$n.json"
  (cd "$(dirname "$wg")" && "$WGC" json "$(basename "$wg")" >"$out" 2>/dev/null) || continue
  $validate "$out" >"$dir/log" 2>&1 || fail "$wg: $(cat "$dir/log")"
  n=$((n + 1))
done < <(find . -name '*.wg' -print0 | sort -z)
[ $n -gt 0 ] || fail "no clean golden case to validate"
while IFS= read -r -d '' j; do
  case $j in *.diag.json) continue ;; esac
  [ -s "$j" ] || continue
  jq -e . "$j" >/dev/null 2>&1 || fail "$j is not JSON"
done < <(find . -name '*.json' -print0)
# `wgc check --format json` validates against docs/schema/diagnostics.schema.json:
# every golden .diag.json, and one run over all the cases with a file that
# cannot be read and diagnostics cut at --max-diagnostics.
diag="node $TOP/tests/tools/validate.js $TOP/docs/schema/diagnostics.schema.json"
find . -name '*.diag.json' -print0 | xargs -0 $diag >"$dir/log" 2>&1 || fail "a golden .diag.json: $(grep -v ': valid$' "$dir/log")"
"$WGC" check --format json --max-diagnostics 2 . "$dir/no-such.wg" >"$dir/all.json" 2>/dev/null
$diag "$dir/all.json" >"$dir/log" 2>&1 || fail "check --format json: $(cat "$dir/log")"
jq -e '.summary.not_shown > 0 and ([.diagnostics[].code] | index("WG100"))' "$dir/all.json" >/dev/null ||
  fail "the run did not cut diagnostics or report WG100"
exit 0
