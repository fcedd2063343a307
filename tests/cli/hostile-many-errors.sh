# Hostile input, many diagnostics on one long line: 300,000 `}` that
# close nothing (an error each), and 100,000 `body X` on one line (an
# error each, with a note pointing back to the first). Each diagnostic's
# column must cost about the same however far along the line it is, in
# whatever order the positions are asked for (errors forward, notes
# back): counting from the line's start, or from the last position asked
# for, is quadratic here, minutes for a 1 MB line. Never a crash, a hang
# (20 s guard) or a sanitizer report. Of the 100 MB of diagnostics only
# the summary is kept, and any sanitizer report.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT

# many NAME SUMMARY ARGS...: wgc ARGS exits 1 within 20 s, ending with
# the summary line SUMMARY.
many() {
  local name=$1 summary=$2; shift 2
  timeout 20 "$WGC" "$@" --color never 2>&1 >/dev/null |
    grep -E '^[0-9]+ errors|Sanitizer|runtime error' >"$dir/err"
  rc=${PIPESTATUS[0]}
  [ $rc = 124 ] && fail "$name: no answer in 20 s"
  [ $rc -ge 128 ] && fail "$name: killed by signal $((rc - 128))"
  [ $rc = 1 ] || fail "$name: exit $rc, expected 1: $(head -3 "$dir/err")"
  grep -qx "$summary" "$dir/err" || fail "$name: $(head -3 "$dir/err")"
}

head -c 300000 /dev/zero | tr '\0' '}' >"$dir/closes.wg"
many "300,000 \`}\`" '300000 errors, 0 warnings in 1 file' check "$dir/closes.wg"

{ printf 'working_group W "w"\ncomposition { open }\n'
  yes 'body X "x"; ' | head -n 100000 | tr -d '\n'; echo; } >"$dir/dup.wg"
many "100,000 \`body X\`" '99999 errors, 1 warning in 1 file' check "$dir/dup.wg"
many "100,000 \`body X\`, dot" '99999 errors, 1 warning in 1 file' dot "$dir/dup.wg"

# The same in JSON, which also asks for each end position: count the
# diagnostics in the document instead (its last 200 bytes are enough to
# see it is whole).
timeout 20 "$WGC" check --format json "$dir/dup.wg" 2>"$dir/err" | tail -c 200 >"$dir/tail"
rc=${PIPESTATUS[0]}
[ $rc = 124 ] && fail "100,000 \`body X\`, --format json: no answer in 20 s"
[ $rc = 1 ] || fail "100,000 \`body X\`, --format json: exit $rc: $(head -3 "$dir/err")"
grep -q '^}$' "$dir/tail" || fail "100,000 \`body X\`, --format json: the document is cut short"
exit 0
