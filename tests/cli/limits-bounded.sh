# Bounds (issue 17; docs/limits.md): at most --max-diagnostics (1000 by
# default) diagnostics a file in every format, then one line saying how
# many more; the summary and the exit status still count them all; peak
# memory within 60 times the input (plus 16 MB) for inputs shaped to cost
# the most; a file over 64 MiB refused from its size, before it is read.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1

# One million stray `}`: an error each.
head -c 1000000 /dev/zero | tr '\0' '}' >closes.wg
timeout 20 "$WGC" check --color never closes.wg 2>err.txt; rc=$?
[ $rc = 1 ] || fail "1M \`}\`: exit $rc"
[ "$(grep -c ': error\[WG' err.txt)" = 1000 ] || fail "1M \`}\`: $(grep -c ': error\[WG' err.txt) shown, not 1000"
tail -n 2 err.txt | head -n 1 | grep -qx 'closes.wg: 999000 more diagnostics not shown: wgc shows at most 1000 a file (--max-diagnostics N changes it)' ||
  fail "1M \`}\`: no closing line: $(tail -n 2 err.txt)"
tail -n 1 err.txt | grep -qx '1000000 errors, 0 warnings in 1 file' || fail "1M \`}\`: summary $(tail -n 1 err.txt)"
# The first 1000 by position: lines 1, columns 1 to 1000.
[ "$(grep -m 1000 ': error' err.txt | sed -n '1p;$p' | cut -d: -f2,3 | tr '\n' ' ')" = "1:1 1:1000 " ] ||
  fail "1M \`}\`: not the first 1000"
for fmt in json sarif github gitlab; do
  timeout 20 "$WGC" check --format $fmt closes.wg >out 2>/dev/null; rc=$?
  [ $rc = 1 ] || fail "1M \`}\`, $fmt: exit $rc"
  [ "$(wc -c <out)" -lt 2000000 ] || fail "1M \`}\`, $fmt: $(wc -c <out) bytes"
done
"$WGC" check --format json closes.wg | jq -e '.summary == {"files": 1, "errors": 1000000, "warnings": 0, "not_shown": 999000}
  and (.diagnostics | length) == 1000' >/dev/null || fail "1M \`}\`, json summary"
"$WGC" check --format sarif closes.wg | jq -e '(.runs[0].results | length) == 1000
  and (.runs[0].invocations[0].toolExecutionNotifications[0].message.text | test("999000 more"))' >/dev/null ||
  fail "1M \`}\`, sarif: no notification of the rest"
"$WGC" check --max-diagnostics 3 --color never closes.wg 2>err.txt
[ "$(grep -c ': error\[WG' err.txt)" = 3 ] && grep -q '999997 more diagnostics' err.txt || fail "--max-diagnostics 3"
head -c 5000 /dev/zero | tr '\0' '}' >few.wg
"$WGC" check --max-diagnostics 0 --color never few.wg 2>err.txt
[ "$(grep -c ': error\[WG' err.txt)" = 5000 ] && ! grep -q 'more diagnostics' err.txt || fail "--max-diagnostics 0"
"$WGC" check --max-diagnostics 5000 --color never few.wg 2>err.txt
! grep -q 'more diagnostics' err.txt || fail "exactly the limit: a closing line"
"$WGC" check --max-diagnostics -1 few.wg 2>/dev/null; [ $? = 2 ] || fail "--max-diagnostics -1 accepted"

# Peak memory (GNU time's %M, KiB) on 2 MB of each costliest shape.
S=2000000
shape() {
  case $1 in
  closes) head -c $S /dev/zero | tr '\0' '}' ;;
  words) yes x | head -c $S ;;
  untitled) printf 'working_group W "w"\n'; yes 'body X' | head -c $S ;;
  duplicates) printf 'working_group W "w"\ncomposition { open }\n'; yes 'body X "x"' | head -c $S ;;
  members) printf 'working_group W "w"\ncomposition {\n group g "g" {\n'; yes 'member "x"' | head -c $S; printf ' }\n}\n' ;;
  depends) printf 'working_group W "w"\ndeliverable a "a" { owner W }\ndeliverable b "b" { owner W; depends_on a'
           yes ', a' | head -c $S | tr -d '\n'; echo ' }' ;;
  opens) yes '{' | head -c $S ;;
  strings) yes '"x"' | head -c $S ;;
  esac
}
if [ -x /usr/bin/time ]; then
  for s in closes words untitled duplicates members depends opens strings; do
    shape $s >shape.wg
    size=$(stat -c %s shape.wg)
    kb=$(/usr/bin/time -f %M "$WGC" check shape.wg 2>&1 >/dev/null | tail -n 1)
    [ $((kb * 1024)) -le $((60 * size + 16 * 1024 * 1024)) ] ||
      fail "$s: $kb KiB for $size bytes, over 60 times the input"
  done
else
  echo "note: no /usr/bin/time: the memory bounds are not measured"
fi

# Over 64 MiB: refused from the file's size, before reading it. A sparse
# file of 16 GiB would take minutes and all memory to read.
truncate -s 16G sparse.wg
for how in path stdin; do
  if [ $how = path ]; then timeout 10 "$WGC" check --color never sparse.wg 2>err.txt
  else timeout 10 "$WGC" check --color never - <sparse.wg 2>err.txt; fi
  rc=$?
  [ $rc = 1 ] || fail "16 GiB from $how: exit $rc"
  grep -q 'error\[WG108\]: this file is larger than 64 MiB' err.txt || fail "16 GiB from $how: $(cat err.txt)"
done
exit 0
