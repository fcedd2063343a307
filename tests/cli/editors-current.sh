# The editor grammars in editors/ are current: editors/gen, run now against
# `wgc schema`, writes exactly the committed files; every kind, key and
# word of the schema is in both grammars; VS Code's problem matcher and
# Vim's errorformat read wgc's diagnostics.
set -eu
cd "$TOP"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

tm=editors/vscode/syntaxes/wg.tmLanguage.json
syn=editors/vim/syntax/wg.vim
el=editors/emacs/wg-schema.el
editors/gen "$WGC" "$tmp/gen"
diff -u "$tm" "$tmp/gen/vscode/syntaxes/wg.tmLanguage.json" ||
  fail "$tm is out of date: run editors/gen $WGC"
diff -u "$syn" "$tmp/gen/vim/syntax/wg.vim" || fail "$syn is out of date: run editors/gen $WGC"
diff -u "$el" "$tmp/gen/emacs/wg-schema.el" || fail "$el is out of date: run editors/gen $WGC"

# What the schema says the words of the language are.
"$WGC" schema >"$tmp/schema.json"
jq -r '.kinds[].kind, (.common_properties[], .kinds[].properties[] | .key, .words[])' \
  "$tmp/schema.json" | sort -u >"$tmp/words"
[ "$(wc -l <"$tmp/words")" -gt 40 ] || fail "wgc schema gave too few words"

# TextMate: the JSON files parse, and each word is in a regex of the grammar.
for f in "$tm" editors/vscode/package.json editors/vscode/language-configuration.json; do
  jq empty "$f" || fail "$f is not JSON"
done
jq -r '.. | objects | (.match?, .begin?) | strings' "$tm" | grep -oE '[A-Za-z_]+' | sort -u >"$tmp/tm"
missing=$(comm -23 "$tmp/words" "$tmp/tm")
[ -z "$missing" ] || fail "not in $tm: $missing"

# Emacs: each word is a string of wg-schema.el.
grep -oE '"[a-z_]+"' "$el" | tr -d '"' | sort -u >"$tmp/el"
missing=$(comm -23 "$tmp/words" "$tmp/el")
[ -z "$missing" ] || fail "not in $el: $missing"

# Vim: each word is a `syn keyword`.
grep '^syn keyword ' "$syn" | tr ' ' '\n' | sort -u >"$tmp/vim"
missing=$(comm -23 "$tmp/words" "$tmp/vim")
[ -z "$missing" ] || fail "not a keyword in $syn: $missing"

# wgc's diagnostics: the header lines of a broken example, and how many.
(cd examples/broken && "$WGC" check --color never owners.wg 2>"$tmp/diags" >/dev/null) || true
want=$(grep -cE '^owners\.wg:[0-9]+:[0-9]+: (error|warning|note)' "$tmp/diags")
[ "$want" -gt 3 ] || fail "expected diagnostics from examples/broken/owners.wg"

# VS Code's problem matcher (an Oniguruma regex, as jq's) matches each one,
# and the severity and code land in their groups.
jq -e --rawfile out "$tmp/diags" '
  .contributes.problemMatchers[0].pattern as $p
  | [$out | split("\n")[] | [match($p.regexp).captures[].string]
     | select(.[$p.severity - 1] | IN("error", "warning", "note"))
     | select(.[$p.severity - 1] == "note" or (.[$p.code - 1] | test("^WG[0-9]{3}$")))] | length' \
  editors/vscode/package.json >"$tmp/n" || fail "problem matcher"
[ "$(cat "$tmp/n")" = "$want" ] || fail "problem matcher matched $(cat "$tmp/n") lines of $want"

# Vim, if installed: the syntax file loads without an error on every
# example, and the compiler's errorformat makes one quickfix entry with
# file, line and column of each diagnostic.
command -v vim >/dev/null || exit 0
cat >"$tmp/check.vim" <<EOF
set nocompatible
let &rtp = '$TOP/editors/vim,' . &rtp
filetype plugin on
syntax on
let errs = []
for f in glob('$TOP/examples/**/*.wg', 0, 1)
  execute 'edit ' . fnameescape(f)
  if &filetype != 'wg' || get(b:, 'current_syntax', '') != 'wg' | call add(errs, 'not highlighted: ' . f) | endif
endfor
compiler wgc
execute 'cgetfile $tmp/diags'
let n = len(filter(getqflist(), {_, e -> e.valid && e.lnum > 0 && e.col > 0 && e.type =~ '^[ewn]$'}))
call writefile(errs + [v:errmsg, n], '$tmp/vim.out')
qall!
EOF
(cd examples/broken && vim -N -u NONE -i NONE -es -S "$tmp/check.vim" </dev/null) || true
[ -f "$tmp/vim.out" ] || fail "vim did not run the check"
[ "$(sed -n '$p' "$tmp/vim.out")" = "$want" ] || { cat "$tmp/vim.out"; fail "vim errorformat: expected $want entries"; }
if [ "$(wc -l <"$tmp/vim.out")" != 2 ] || [ -n "$(head -n 1 "$tmp/vim.out")" ]; then
  cat "$tmp/vim.out"; fail "vim: errors loading the syntax"
fi
