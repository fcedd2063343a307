# `wgc lsp` ends when its client is gone, never spinning or hanging: when
# its output is closed, and when the process named in initialize's
# processId has ended though its input is still open.
set -u
fail() { echo "FAIL: $*"; exit 1; }
frame() { printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"; }
init='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'

# Output closed: the first answer cannot be written; the server ends.
frame "$init" | timeout 10 "$WGC" lsp >&- 2>/dev/null; rc=$?
[ $rc = 124 ] && fail "with its output closed, the server did not end"
[ $rc = 1 ] || fail "with its output closed: exit $rc, expected 1"

# The client's process is gone: the server notices within seconds, though
# its input stays open for 20.
sleep 0 & dead=$!
wait $dead
init_pid="{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":$dead,\"capabilities\":{}}}"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
start=$(date +%s)
{ frame "$init_pid"; sleep 20 & echo $! >"$tmp/sleeper"; wait; } |
  { timeout 30 "$WGC" lsp >/dev/null 2>&1; echo $? >"$tmp/rc"; date +%s >"$tmp/end"; kill "$(cat "$tmp/sleeper")"; }
rc=$(cat "$tmp/rc")
took=$(($(cat "$tmp/end") - start))
[ "$rc" = 124 ] && fail "the server outlived its client"
[ $took -lt 15 ] || fail "the server took $took s to notice its client was gone"
exit 0
