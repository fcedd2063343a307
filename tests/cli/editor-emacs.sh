# Emacs (Debian's emacs-nox and elpa-eglot): editors/emacs byte-compiles
# without a warning, and the ERT tests of tests/editors/wg-mode-tests.el
# pass: highlighting, indentation, imenu, comments, the Flymake backend on
# `wgc check`, and Eglot as a second real client of `wgc lsp`.
set -u
fail() { echo "FAIL: $*"; exit 1; }
command -v emacs >/dev/null || fail "emacs is not installed (scripts/install-deps test)"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cp "$TOP"/editors/emacs/*.el "$dir/"
export HOME=$dir # no user init file
(cd "$dir" && timeout 120 emacs --batch -L . --eval '(setq byte-compile-error-on-warn t)' \
  -f batch-byte-compile wg-schema.el wg-mode.el) >"$dir/compile.log" 2>&1 ||
  fail "byte-compiling: $(grep -v '^Loading' "$dir/compile.log" | head -c 2000)"
grep -qiE 'warning' "$dir/compile.log" && fail "byte-compiling: $(grep -iE -A3 warning "$dir/compile.log" | head -c 2000)"
[ -f "$dir/wg-mode.elc" ] || fail "no wg-mode.elc"
WGC=$WGC TOP=$TOP timeout 180 emacs --batch -L "$dir" -l ert -l "$TOP/tests/editors/wg-mode-tests.el" \
  -f ert-run-tests-batch-and-exit >"$dir/ert.log" 2>&1 || fail "$(grep -v '^Loading' "$dir/ert.log" | tail -c 4000)"
grep -qE 'Ran [0-9]+ tests, [0-9]+ results as expected, 0 unexpected' "$dir/ert.log" || fail "$(tail -c 2000 "$dir/ert.log")"
grep -qE 'Sanitizer|runtime error:' "$dir/ert.log" && fail "$(grep -m 3 -E 'SUMMARY|runtime error' "$dir/ert.log")"
exit 0
