# Every golden .ics (tests/golden/**/NAME.ics, which tests/run keeps equal
# to `wgc ics`) is read by two parsers that owe nothing to wgc or to each
# other: Debian's python3-icalendar (tests/tools/ics_check.py, which also
# checks CRLF, 75-octet folding and that the events are the expected ones
# against `wgc json`) and Mozilla's ical.js (tests/tools/publish). Both
# must read the same events, series expanded to the same days; for
# tests/golden/publish/every-fact.wg those days are also checked here.
set -u
fail() { echo "FAIL: $*"; exit 1; }
py=/usr/bin/python3 # Debian's, which has python3-icalendar; not a pyenv one
js="$TOP/tests/tools/publish/ics_check.js"
[ -x $py ] && $py -c 'import icalendar' 2>/dev/null || fail "python3-icalendar is missing: run scripts/install-deps test"
[ -d "$TOP/tests/tools/publish/node_modules/ical.js" ] || fail "ical.js is missing: run scripts/install-deps test"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
n=0
while IFS= read -r -d '' ics; do
  [ -s "$ics" ] || continue
  wg=${ics%.ics}.wg
  args=$(sed -n '1s/^# wgc: //p' "$wg"; [ -f "${wg%.wg}.args" ] && cat "${wg%.wg}.args")
  (cd "$(dirname "$wg")" && "$WGC" json $args "$(basename "$wg")" >"$dir/c.json" 2>/dev/null)
  $py "$TOP/tests/tools/ics_check.py" "$ics" "$dir/c.json" >"$dir/py" 2>"$dir/err" || fail "${ics#$TOP/}: python3-icalendar: $(cat "$dir/err")"
  node "$js" "$ics" >"$dir/js" 2>"$dir/err" || fail "${ics#$TOP/}: ical.js: $(cat "$dir/err")"
  cmp -s "$dir/py" "$dir/js" || fail "${ics#$TOP/}: the two parsers disagree: $(diff "$dir/py" "$dir/js" | head -5)"
  n=$((n + 1))
done < <(find "$TOP/tests/golden" -name '*.ics' -print0 | sort -z)
[ $n -ge 5 ] || fail "only $n golden .ics files read"

# The series of every-fact.wg: a day of the month a month lacks falls on
# its last day (docs/publish.md), in both parsers' reading.
$py "$TOP/tests/tools/ics_check.py" "$TOP/tests/golden/publish/every-fact.ics" >"$dir/py" || fail "every-fact.ics"
grep -qx 'EF.meeting.monthly@wgc 2014-01-31..2014-02-01 \[2014-01-31 2014-02-28 2014-03-31 2014-04-30 2014-05-31 2014-06-30 2014-07-31\]' "$dir/py" || fail "monthly series: $(grep monthly "$dir/py")"
grep -qx 'EF.meeting.quarterly@wgc 2014-01-30..2014-01-31 \[2014-01-30 2014-04-30 2014-07-30 2014-10-30\]' "$dir/py" || fail "quarterly series: $(grep quarterly "$dir/py")"
grep -qx 'EF.meeting.yearly@wgc 2016-02-29..2016-03-01 \[2016-02-29 2017-02-28 2018-02-28 2019-02-28\]' "$dir/py" || fail "yearly series: $(grep yearly "$dir/py")"
grep -qx 'EF.meeting.weekly@wgc 2014-06-02..2014-06-03 \[2014-06-02 2014-06-09 2014-06-16 2014-06-23 2014-06-30\]' "$dir/py" || fail "weekly series: $(grep weekly "$dir/py")"

# Stable UIDs and DTSTAMP: the same input gives the same bytes, whatever
# the clock says.
"$WGC" ics "$TOP/examples/wgec.wg" >"$dir/a.ics" 2>/dev/null
sleep 1
"$WGC" ics "$TOP/examples/wgec.wg" >"$dir/b.ics" 2>/dev/null
cmp -s "$dir/a.ics" "$dir/b.ics" || fail "wgc ics differs from run to run"
grep -q '^DTSTAMP:20140502T000000Z' "$dir/a.ics" || fail "DTSTAMP is not the charter's latest date: $(grep -m1 DTSTAMP "$dir/a.ics")"
exit 0
