# Hostile input, dependency graphs (docs/limits.md: chains and cycles
# are walked without recursion): a chain of 20,000 items is clean, and
# compiles to JSON and DOT with every item in order; the same chain
# closed into one cycle of 20,000 is one WG501 that spells the whole
# cycle, and DOT still draws it. Never a crash (a recursive walk would
# overflow the stack), a hang (20 s guard) or a sanitizer report.
set -u
. "$TOP/tests/cli/lib/hostile.bash"

n=20000
# d1 <- d2 <- ... <- dN, all due the same day; CYCLE closes it: d1 -> dN.
chain() {
  awk -v n=$n -v cycle="$1" 'BEGIN {
    print "working_group W \"w\""; print "composition { open }"
    printf "deliverable d1 \"d 1\" { owner W; due 2030-01-01%s }\n", cycle ? "; depends_on d" n : ""
    for (i = 2; i <= n; i++)
      printf "deliverable d%d \"d %d\" { owner W; due 2030-01-01; depends_on d%d }\n", i, i, i - 1 }'
}
chain 0 >"$dir/chain.wg"
chain 1 >"$dir/cycle.wg"

expect 0 "" check "$dir/chain.wg"
[ ! -s "$dir/err" ] || fail "chain: $(head -c 300 "$dir/err")"
expect 0 "" json "$dir/chain.wg"
jq -e --argjson n $n '(.items | length) == $n and (.order | length) == $n and
  .order[0] == "d1" and .order[-1] == "d\($n)" and (.critical_path | length) == $n' "$dir/out" >/dev/null ||
  fail "chain: json lacks items, order or critical path"
expect 0 "" dot "$dir/chain.wg"
[ "$(grep -c ' -> ' "$dir/out")" = $((n - 1)) ] || fail "chain: dot has not $((n - 1)) edges"

for cmd in check json dot; do expect 1 WG501 "$cmd" "$dir/cycle.wg"; done
[ "$(grep -c 'error\[' "$dir/err")" = 1 ] || fail "cycle: not one error: $(grep 'error\[' "$dir/err" | head -3 | cut -c1-200)"
grep 'error\[WG501\]' "$dir/err" | grep -q "\`d1 -> d$n -> d$((n - 1)) -> .* -> d3 -> d2 -> d1\`" ||
  fail "cycle: the message does not spell the whole cycle"
[ "$(grep 'error\[WG501\]' "$dir/err" | grep -o ' -> ' | wc -l)" = $n ] || fail "cycle: not $n steps"
[ "$(grep -c ' -> ' "$dir/out")" = $n ] || fail "cycle: dot has not $n edges"
expect 1 "" json "$dir/cycle.wg"
[ ! -s "$dir/out" ] || fail "cycle: json printed despite the error"
exit 0
