# The publishing commands on every fuzz finding and seed
# (tests/fuzz/regressions, tests/fuzz/corpus): status (text and JSON), ics
# and html each end with 0, 1 or 2, never a signal, a timeout or a
# sanitizer report; what they write is well formed as far as a line of
# shell can tell (JSON parses, calendar lines fit 75 octets, the page has
# no control character).
set -u
cd "$TOP"
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
for f in tests/fuzz/regressions/* tests/fuzz/corpus/*; do
  [ -f "$f" ] || continue
  for cmd in "status" "status --format json" "ics" "html"; do
    timeout 20 "$WGC" $cmd --as-of 2014-01-01 --color never "$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
    if [ $rc -gt 2 ] || grep -qE 'Sanitizer|runtime error:' "$tmp/err"; then
      fail "wgc $cmd $f: exit $rc; $(grep -E 'ERROR: |SUMMARY|runtime error' "$tmp/err" | head -3)"
    fi
    [ -s "$tmp/out" ] || continue
    case $cmd in
      "status --format json") jq -e . "$tmp/out" >/dev/null 2>&1 || fail "wgc $cmd $f: not JSON" ;;
      ics) ! LC_ALL=C awk 'length($0) > 76 { exit 1 }' "$tmp/out" && fail "wgc ics $f: a line over 75 octets" ;;
      html) LC_ALL=C grep -q $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]' "$tmp/out" && fail "wgc html $f: a control character" ;;
    esac
    n=$((n + 1))
  done
done
[ $n -gt 50 ] || fail "only $n outputs written"
exit 0
