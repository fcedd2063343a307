# Neovim (Debian's 0.7) as a real client of `wgc lsp`, headless:
# tests/editors/nvim_lsp.lua opens a broken charter with editors/vim and
# asserts the diagnostics, hover, definition, completion, a quick fix and
# a rename; then the quickfix columns of `:compiler wgc`.
set -u
fail() { echo "FAIL: $*"; exit 1; }
command -v nvim >/dev/null || fail "nvim is not installed (scripts/install-deps test)"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
TMPDIR_TEST=$dir HOME=$dir XDG_CONFIG_HOME=$dir XDG_DATA_HOME=$dir XDG_STATE_HOME=$dir \
  timeout 120 nvim --headless --clean -c "luafile $TOP/tests/editors/nvim_lsp.lua" >"$dir/out" 2>&1
rc=$?
grep -qE 'Sanitizer|runtime error:' "$dir/out" && fail "$(grep -m 3 -E 'SUMMARY|runtime error' "$dir/out")"
[ $rc = 0 ] || fail "nvim exited with $rc: $(head -c 3000 "$dir/out")"
grep -q FAIL "$dir/out" && fail "$(cat "$dir/out")"
grep -qE '(1[5-9]|[2-9][0-9]) checks passed, 0 failed' "$dir/out" || fail "the test did not run through: $(cat "$dir/out")"
exit 0
