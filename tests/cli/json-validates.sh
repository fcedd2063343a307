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
exit 0
