# A charter with hundreds of items, members and tasks compiles to valid
# JSON in jq's own layout (`jq .` is the identity), with every item, and
# both emitters give the same bytes run after run. 300 is past 256, where
# a small per-level counter would wrap and drop a comma.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
n=300
{
  echo 'working_group W "A large working group"'
  echo 'mandate "m" {'
  for i in $(seq 1 $n); do echo "  task \"task $i\""; done
  echo '}'
  echo "composition { seats $n"
  printf '  group g "g" { seats %d; stakeholder government\n' $n
  for i in $(seq 1 $n); do echo "    member \"member $i\""; done
  echo '  }'
  echo '}'
  echo 'topic T "t" { owner W'
  for i in $(seq 1 $n); do
    if [ $i = 1 ]; then dep=""; else dep="; depends_on T.$((i - 1))"; fi
    echo "  recommendation $i \"r $i\" { due 2030-01-01$dep }"
  done
  echo '}'
} >"$dir/large.wg"
"$WGC" json "$dir/large.wg" >"$dir/a.json" 2>"$dir/err" || fail "json: exit $?: $(head -3 "$dir/err")"
jq . "$dir/a.json" >"$dir/jq.json" 2>"$dir/jqerr" || fail "invalid JSON: $(cat "$dir/jqerr")"
cmp -s "$dir/a.json" "$dir/jq.json" || fail "not in jq's layout"
[ "$(jq '.items | length' "$dir/a.json")" = $n ] || fail "items missing"
[ "$(jq '.order | length' "$dir/a.json")" = $n ] || fail "order incomplete"
[ "$(jq '.critical_path | length' "$dir/a.json")" = $n ] || fail "critical path incomplete"
[ "$(jq '.composition.groups[0].members | length' "$dir/a.json")" = $n ] || fail "members missing"
[ "$(jq '.mandates[0].tasks | length' "$dir/a.json")" = $n ] || fail "tasks missing"
"$WGC" json "$dir/large.wg" 2>/dev/null | cmp -s - "$dir/a.json" || fail "json differs between runs"
"$WGC" dot "$dir/large.wg" >"$dir/a.dot" 2>/dev/null || fail "dot: exit $?"
"$WGC" dot "$dir/large.wg" 2>/dev/null | cmp -s - "$dir/a.dot" || fail "dot differs between runs"
exit 0
