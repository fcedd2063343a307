# The options of version 2 (CLI.md) and the driver's manners: a misspelt
# command, option, rule or value gets the nearest one suggested; an
# option without its value says so; --quiet, --stdin-filename and
# --column-unit do what they say, in text and JSON; Vim's quickfix lands
# on the right byte with --column-unit byte. The formats' exact bytes are
# golden cases (tests/golden/cli).
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cd "$TOP/tests/golden" || exit 1
ok=spec/wgec-example.wg bad=structure/undefined-reference.wg warn=allow/allow-in-declaration.wg

# says CODE TEXT ARGS...: wgc ARGS exits CODE, TEXT in its stderr.
says() {
  local want=$1 text=$2; shift 2
  "$WGC" "$@" >/dev/null 2>"$dir/err"; rc=$?
  [ $rc = "$want" ] || fail "wgc $*: exit $rc, expected $want: $(cat "$dir/err")"
  grep -qF -- "$text" "$dir/err" || fail "wgc $*: no \"$text\" in: $(cat "$dir/err")"
}
says 2 "unknown command \`chek\`; did you mean \`check\`?" chek "$ok"
says 2 "unknown command \`exlpain\`; did you mean \`explain\`?" exlpain WG301
says 2 "unknown command \`frobnicate\`" frobnicate "$ok"
says 2 "unknown option \`--alow\`; did you mean \`--allow\`?" check --alow WG701 "$ok"
says 2 "unknown option \`--max-diagnostic=5\`; did you mean \`--max-diagnostics\`?" check --max-diagnostic=5 "$ok"
says 2 "unknown rule \`unused-declaraton\`; did you mean \`unused-declaration\`?" check --allow unused-declaraton "$ok"
says 2 "--format takes one of text, json, sarif, github, gitlab, not \`gitlb\`; did you mean \`gitlab\`?" check --format gitlb "$ok"
says 2 "--column-unit takes one of char, byte, not \`bytes\`; did you mean \`byte\`?" check --column-unit bytes "$ok"
says 2 "--format needs a value" check "$ok" --format
says 2 "--jobs takes a number from 1 to 256, not \`0\`" check -j 0 "$ok"
says 2 "--stdin-filename takes a name" check --stdin-filename= - <"$ok"
says 2 "no input: give .wg files or folders" check
says 2 "\`check\` writes no output file" check -o x.json "$ok"
says 0 "WG100 has no example" explain WG100 --wrong

# --quiet: no summary line; still the diagnostics, and nothing when clean.
"$WGC" check --quiet --color never "$bad" 2>"$dir/err"
grep -q 'error\[WG204\]' "$dir/err" && ! grep -qE '^[0-9]+ errors?,' "$dir/err" || fail "--quiet: $(cat "$dir/err")"
[ -z "$("$WGC" check -q "$ok" 2>&1)" ] || fail "--quiet, clean: printed something"
"$WGC" check --quiet --format github "$bad" 2>"$dir/err" >/dev/null
[ ! -s "$dir/err" ] || fail "--quiet, github: a summary on stderr"

# --stdin-filename: the name in text, JSON, the compiled charter.
"$WGC" check --color never --stdin-filename charters/mine.wg - <"$bad" 2>"$dir/err"
grep -q '^charters/mine.wg:14:9: error\[WG204\]' "$dir/err" || fail "--stdin-filename, text: $(head -2 "$dir/err")"
"$WGC" check --format json --stdin-filename mine.wg - <"$bad" | jq -e '[.diagnostics[].file] | unique == ["mine.wg"]' >/dev/null ||
  fail "--stdin-filename, json"
"$WGC" json --stdin-filename mine.wg - <"$ok" | jq -e '.source == "mine.wg"' >/dev/null || fail "--stdin-filename, wgc json"
"$WGC" check --format json - <"$bad" | jq -e '.diagnostics[0].file == "<stdin>"' >/dev/null || fail "stdin without a name"
"$WGC" check --stdin-filename x.wg "$bad" 2>/dev/null; [ $? = 1 ] || fail "--stdin-filename with no stdin"

# --column-unit: bytes in text and GitHub output; characters by default,
# and always in JSON and SARIF (CLI.md).
cli=cli/column-unit-byte.wg
col() { "$WGC" check --format github "$@" "$cli" | sed 's/.*,col=\([0-9]*\),endLine=[0-9]*,endColumn=\([0-9]*\),.*/\1-\2/' | tr '\n' ' '; }
[ "$(col)" = "46-50 7-8 57-58 85-89 " ] || fail "char columns: $(col)"
[ "$(col --column-unit byte)" = "46-50 7-8 60-61 90-94 " ] || fail "byte columns: $(col --column-unit byte)"
"$WGC" check --format json --column-unit byte "$cli" | jq -e '[.diagnostics[].column] == [46, 7, 57, 85]' >/dev/null ||
  fail "JSON columns must stay in characters"
"$WGC" check --format sarif --column-unit byte "$cli" | jq -e '.runs[0].columnKind == "unicodeCodePoints"
  and .runs[0].results[3].locations[0].physicalLocation.region.startColumn == 85' >/dev/null ||
  fail "SARIF columns must stay in characters"

# Vim's quickfix with --column-unit byte lands on `Genf` itself.
if command -v vim >/dev/null; then
  (cd cli && "$WGC" check --color never --column-unit byte column-unit-byte.wg 2>"$dir/diags" >/dev/null)
  cat >"$dir/qf.vim" <<EOF
set nocompatible
let &rtp = '$TOP/editors/vim,' . &rtp
compiler wgc
let mp = &makeprg
execute 'cgetfile $dir/diags'
let e = getqflist()[-1]
execute 'edit $TOP/tests/golden/cli/column-unit-byte.wg'
call writefile([getline(e.lnum)[e.col - 1 : e.col + 2], mp], '$dir/qf.out')
qall!
EOF
  (cd cli && vim -N -u NONE -i NONE -es -S "$dir/qf.vim" </dev/null) || true
  [ "$(head -n 1 "$dir/qf.out" 2>/dev/null)" = Genf ] || fail "vim: quickfix lands on \"$(cat "$dir/qf.out" 2>/dev/null)\", not Genf"
  grep -q -- '--column-unit byte' "$dir/qf.out" || fail "vim: makeprg asks for characters: $(tail -n 1 "$dir/qf.out")"
fi
exit 0
