# The language server's transcripts (tests/lsp/*.lsp) once more, the
# server under valgrind: no invalid access, no leak, whatever a client
# sends. Runs with the plain build only (valgrind cannot run the
# sanitizers' build), so in the ASan pass of `make check` it passes at once.
set -u
fail() { echo "FAIL: $*"; exit 1; }
cd "$TOP"
[ -n "${ASAN_OPTIONS:-}" ] && exit 0
command -v valgrind >/dev/null || fail "valgrind is not installed (scripts/install-deps test)"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cat >"$dir/wgc" <<WRAP
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all --show-leak-kinds=all "$WGC" "\$@"
WRAP
chmod +x "$dir/wgc"
build/tests/lsp-driver "$dir/wgc" tests/lsp/*.lsp 2>"$dir/err" || fail "$(head -c 3000 "$dir/err")"
exit 0
