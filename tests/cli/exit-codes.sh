# Exit codes (CLI.md): 0 clean, 1 errors, 2 usage or I/O; the summary line.
set -u
cd "$TOP/tests/golden"
fail() { echo "FAIL: $*"; exit 1; }
expect() { # CODE COMMAND...
  want=$1; shift
  "$@" >/dev/null 2>&1; got=$?
  [ "$got" = "$want" ] || fail "exit $got, expected $want: $*"
}
ok=spec/wgec-example.wg
bad=structure/undefined-reference.wg
expect 0 "$WGC" check "$ok"
expect 1 "$WGC" check "$bad"
expect 1 "$WGC" check "$ok" "$bad"
expect 2 "$WGC" check
expect 2 "$WGC" check --format xml "$ok"
expect 2 "$WGC" check --allow no-such-rule "$ok"
expect 2 "$WGC" check --allow missing-owner "$ok"
expect 2 "$WGC" check --as-of 2013-02-30 "$ok"
expect 2 "$WGC" check /nonexistent/file.wg
expect 2 "$WGC" json /tmp
expect 2 "$WGC" check /nonexistent/folder/
expect 2 "$WGC" frobnicate "$ok"
expect 2 "$WGC" json "$ok" "$ok"
expect 2 "$WGC" explain WG999
expect 0 "$WGC" explain WG301
expect 0 "$WGC" explain seat-count-mismatch
expect 0 "$WGC" --version
expect 0 "$WGC" --help
expect 0 "$WGC" check --help
# A missing file among good ones: exit 2, the others still checked.
out=$("$WGC" check "$bad" /nonexistent.wg 2>&1); rc=$?
[ $rc = 2 ] || fail "missing file among others: exit $rc"
echo "$out" | grep -q "error\[WG204\]" || fail "the readable file was not checked"
echo "$out" | grep -q "cannot read \`/nonexistent.wg\`" || fail "no message for the missing file"
# Standard input, and the summary line.
out=$("$WGC" check - <"$bad" 2>&1)
echo "$out" | grep -q "^<stdin>:14:9: error\[WG204\]" || fail "stdin not named <stdin>: $out"
echo "$out" | tail -n 1 | grep -qx "3 errors, 0 warnings in 1 file" || fail "summary: $out"
out=$("$WGC" check "$ok" "$bad" 2>&1)
echo "$out" | tail -n 1 | grep -qx "3 errors, 0 warnings in 2 files" || fail "summary for two files"
# A clean run prints nothing at all.
[ -z "$("$WGC" check "$ok" 2>&1)" ] || fail "a clean check printed something"
# Colour only when asked (stderr is not a terminal here).
"$WGC" check "$bad" 2>&1 | grep -q $'\033' && fail "colour without a terminal"
"$WGC" check --color always "$bad" 2>&1 | grep -q $'\033\[1;31merror' || fail "no colour with --color always"
exit 0
