# No terminal injection (issue 17; docs/output.md, "Terminals"): control
# characters (C0, DEL), C1 controls, bidi controls and bytes that are not
# UTF-8, in a message, a line of the charter or a file name, reach the
# terminal escaped (\x1b, <U+202E>); a file name holding a newline cannot
# start a line of its own; JSON escapes bidi controls and U+2028/U+2029;
# GitHub annotations cannot be forged either.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1

# Raw bytes that must never reach a terminal: ESC, C1 CSI (U+009B), RLO
# (U+202E), LRI (U+2066), LS (U+2028), a lone byte 0x9b (8-bit CSI).
raw_escapes() { grep -c -aP '\x1b|\xc2\x9b|\xe2\x80\xae|\xe2\x81\xa6|\xe2\x80\xa8|[\x80-\xff]' "$1"; }

# A charter with all of them raw in a string, and its file named with a
# newline, an ESC sequence and a bidi control.
name=$(printf 'evil\n\033[2J\342\200\256.wg')
printf 'working_group W "w \033[31m red \302\233 \342\200\256 \342\201\246 \342\200\250 \233"\ncomposition { open }\n' >"$name"
"$WGC" check --color never "$name" >/dev/null 2>err.txt
[ "$(raw_escapes err.txt)" = 0 ] || fail "raw control bytes in text output: $(cat -v err.txt)"
grep -qF 'evil\x0a\x1b[2J<U+202E>.wg:1:' err.txt || fail "file name not escaped: $(cat -v err.txt)"
grep -qF '"w \x1b[31m red <U+009B> <U+202E> <U+2066> <U+2028> \x9b"' err.txt || fail "snippet not escaped: $(cat -v err.txt)"
# Every line starts with the escaped name, a gutter, or the summary.
bad=$(grep -vE '^(evil\\x0a|[ 0-9]+ \||[0-9]+ errors?, )' err.txt)
[ -z "$bad" ] || fail "a line not from wgc's own layout: $bad"
# The caret line is as wide as what is shown above it.
line=$(grep -F ' | working_group' err.txt) caret=$(grep -F ' | ' err.txt | grep -F '^')
[ "${#caret}" -le "${#line}" ] || fail "caret line wider than the line shown"

# Messages quote what the file says: escaped too (an unknown rule in
# `allow`, a name in `owner`), in text, and in the GitHub format.
printf 'working_group W "w" {\n  allow "\\u{1b}]0;owned\\u{7}x"\n  allow e\\u{202e}vil\n}\ncomposition { open }\n' >msg.wg
"$WGC" check --color never msg.wg >/dev/null 2>err.txt
[ "$(raw_escapes err.txt)" = 0 ] || fail "raw control bytes in a message: $(cat -v err.txt)"
"$WGC" check --format github "$name" >gh.txt 2>/dev/null
[ "$(raw_escapes gh.txt)" = 0 ] || fail "raw control bytes in GitHub output: $(cat -v gh.txt)"
[ "$(grep -c '^::' gh.txt)" = "$(wc -l <gh.txt)" ] || fail "a GitHub line that is no command: $(cat -v gh.txt)"
grep -qF '::error file=evil\x0a\x1b[2J<U+202E>.wg,line=1' gh.txt || fail "GitHub file property: $(cat -v gh.txt)"
"$WGC" check --format github --stdin-filename 'a,b:c%d.wg' - <msg.wg >gh.txt 2>/dev/null
grep -qF 'file=a%2Cb%3Ac%25d.wg,' gh.txt || fail "GitHub property escaping: $(cat gh.txt)"

# JSON: the same characters escaped as \uXXXX, valid JSON, same text.
"$WGC" check --format json "$name" >out.json
jq -e . out.json >/dev/null || fail "JSON output is not JSON"
grep -qF '"file": "evil\n\u001b[2J\u202e.wg"' out.json || fail "JSON file name: $(grep -m1 file out.json)"
[ "$(raw_escapes out.json)" = 0 ] || fail "raw control bytes in JSON: $(cat -v out.json)"
"$WGC" json --stdin-filename "$(printf 'x\342\200\250y\342\200\256.wg')" - <"$TOP/tests/golden/emit/every-construct.wg" >c.json 2>/dev/null
grep -qF '"source": "x\u2028y\u202e.wg"' c.json || fail "JSON source not escaped: $(grep source c.json)"
[ "$(jq -r .source c.json)" = "$(printf 'x\342\200\250y\342\200\256.wg')" ] || fail "JSON escaping changed the text"
exit 0
