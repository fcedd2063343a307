# Shared by the hostile-input scripts (sourced, not run as a test): a
# scratch folder and `expect`, which runs wgc under a 20 s guard and fails
# on a hang, a signal, a sanitizer report, the wrong exit code or a
# missing rule.
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT

# expect CODE RULE ARGS...: wgc ARGS exits CODE within 20 s, with an
# error RULE among the diagnostics (none asked for if RULE is empty).
expect() {
  local want=$1 rule=$2; shift 2
  timeout 20 "$WGC" "$@" --color never >"$dir/out" 2>"$dir/err"; rc=$?
  [ $rc = 124 ] && fail "wgc $*: no answer in 20 s"
  [ $rc -ge 128 ] && fail "wgc $*: killed by signal $((rc - 128))"
  grep -qE 'Sanitizer|runtime error:' "$dir/err" && fail "wgc $*: $(grep -m 1 -E 'SUMMARY|runtime error' "$dir/err")"
  [ $rc = "$want" ] || fail "wgc $*: exit $rc, expected $want: $(head -c 300 "$dir/err")"
  [ -z "$rule" ] || cat "$dir/err" "$dir/out" | grep -q -e "error\[$rule\]" -e "\"$rule\"" ||
    fail "wgc $*: no $rule: $(head -c 300 "$dir/err")"
}
