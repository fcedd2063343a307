# Replays the language server's fuzz findings (tests/fuzz/regressions-lsp)
# and seeds (tests/fuzz/corpus-lsp) through the real `wgc lsp`: each input
# becomes the message stream it stands for (tests/fuzz/fuzz_lsp.c: a first
# byte even, the stream itself after a byte that told where to cut it; odd,
# one message per line) on the server's standard input. The server must
# end with 0 or 1 within 10 s, with no signal and no sanitizer report.
set -u
cd "$TOP"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v python3 >/dev/null || { echo "FAIL: python3 is not installed (scripts/install-deps test)"; exit 1; }
n=0 failed=0
for f in tests/fuzz/regressions-lsp/* tests/fuzz/corpus-lsp/*; do
  [ -f "$f" ] || continue
  python3 -c '
import sys
data = open(sys.argv[1], "rb").read()
out = b""
if data and data[0] % 2 == 0:
    out = data[2:]
elif data:
    out = b"".join(b"Content-Length: %d\r\n\r\n" % len(l) + l for l in data[1:].split(b"\n"))
sys.stdout.buffer.write(out)
' "$f" >"$tmp/in" || { echo "FAIL: cannot convert $f"; exit 1; }
  timeout 10 "$WGC" lsp <"$tmp/in" >/dev/null 2>"$tmp/err"; rc=$?
  n=$((n + 1))
  if [ $rc -gt 1 ] || grep -qE 'Sanitizer|runtime error:' "$tmp/err"; then
    echo "FAIL: wgc lsp < $f: exit $rc$([ $rc = 124 ] && echo ' (timeout)')"
    grep -E 'ERROR: |SUMMARY|runtime error|^ +#[0-6] ' "$tmp/err" | head -10
    failed=$((failed + 1))
  fi
done
[ $n -gt 0 ] || { echo "FAIL: no inputs found"; exit 1; }
[ $failed = 0 ]
