# The language server's JSON-RPC transcripts (tests/lsp/*.lsp): a client's
# side of each conversation is played to `wgc lsp` by the driver, which
# checks the server's side; nothing on stderr may come from a sanitizer.
set -u
fail() { echo "FAIL: $*"; exit 1; }
cd "$TOP"
driver=build/tests/lsp-driver
[ -x $driver ] || fail "$driver is not built (make test builds it)"
err=$(mktemp) || exit 1
trap 'rm -f "$err"' EXIT
$driver "$WGC" tests/lsp/*.lsp 2>"$err"; rc=$?
grep -qE 'Sanitizer|runtime error:' "$err" && fail "$(grep -m 3 -E 'SUMMARY|runtime error' "$err")"
[ $rc = 0 ] || fail "$(head -c 3000 "$err")"
exit 0
