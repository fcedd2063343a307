# The man pages (issue 19): wgc.1 and wg.5 render with man and mandoc
# without a warning; wgc.1 names every command and option `wgc --help`
# lists; the generated part of wg.5 is what man/gen makes from `wgc
# schema` now, and names every declaration and property.
set -u
fail() { echo "FAIL: $*"; exit 1; }
cd "$TOP" || exit 1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for page in man/wgc.1 man/wg.5; do
  if command -v mandoc >/dev/null; then
    mandoc -T lint -W warning "$page" >"$tmp/lint" 2>&1 || fail "mandoc -T lint $page: $(cat "$tmp/lint")"
    [ ! -s "$tmp/lint" ] || fail "mandoc -T lint $page: $(cat "$tmp/lint")"
  fi
  if command -v man >/dev/null; then
    MANWIDTH=80 man --warnings -l "$page" >"$tmp/out" 2>"$tmp/warn" || fail "man -l $page failed: $(cat "$tmp/warn")"
    [ ! -s "$tmp/warn" ] || fail "man -l $page warns: $(cat "$tmp/warn")"
    [ "$(wc -l <"$tmp/out")" -gt 40 ] || fail "man -l $page rendered too little"
  fi
done
# Every command and option of --help is in wgc.1 (as mdoc writes them:
# `Cm check`, `Fl -format` for --format, `Fl o` for -o).
"$WGC" --help | sed -n '/^commands:/,/^options:/p' | awk '/^  [a-z]/ { print $1 }' >"$tmp/commands"
[ "$(wc -l <"$tmp/commands")" -ge 6 ] || fail "too few commands in --help"
while read -r c; do grep -q "^\.It Cm $c\b" man/wgc.1 || fail "wgc.1 has no command $c"; done <"$tmp/commands"
"$WGC" --help | grep -oE '(^|[ ,])--?[a-z][a-z-]*' | tr -d ' ,' | sort -u >"$tmp/options"
[ "$(wc -l <"$tmp/options")" -ge 14 ] || fail "too few options in --help"
while read -r o; do
  grep -qE "Fl ${o#-}( |$)" man/wgc.1 || fail "wgc.1 does not document $o"
done <"$tmp/options"
# wg.5's generated part is current, and complete.
man/gen "$WGC" "$tmp/wg.5"
diff -u man/wg.5 "$tmp/wg.5" || fail "man/wg.5 is out of date: run man/gen $WGC (make generated)"
"$WGC" schema | jq -r '.kinds[].kind, (.kinds[].properties[], .common_properties[] | .key)' | sort -u |
  while read -r w; do grep -q "^\.It Ic $w$" man/wg.5 || fail "wg.5 does not list $w"; done
