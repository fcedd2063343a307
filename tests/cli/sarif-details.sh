# SARIF beyond the schema (issue 17; docs/output.md, "SARIF"):
# partialFingerprints the same run to run and when lines move, different
# for two identical mistakes; an invocation saying whether the run went
# through, with a notification for a file that cannot be read; relative,
# normalised URIs; standard input as `-` or its --stdin-filename; `--`
# ending the options.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
cp "$TOP/tests/golden/structure/undefined-reference.wg" a.wg
sarif() { "$WGC" check --format sarif "$@" 2>/dev/null; }
prints() { jq -r '.runs[0].results[] | .ruleId + " " + .partialFingerprints["wgcLineHash/v1"]'; }
lines() { jq -r '[.runs[0].results[].locations[0].physicalLocation.region.startLine] | join(" ")'; }

# Fingerprints: stable from run to run, and when lines are added above.
sarif a.wg | prints >one
sarif a.wg | lines >lines-before
sarif a.wg | prints >two
cmp -s one two || fail "fingerprints differ from run to run"
[ "$(wc -l <one)" -ge 3 ] && ! grep -q ' $' one || fail "results without fingerprints: $(cat one)"
[ "$(cut -d' ' -f2 one | sort -u | wc -l)" = "$(wc -l <one)" ] || fail "two results share a fingerprint: $(cat one)"
{ printf '# a comment\n\n# and another\n\n'; cat a.wg; } >moved.wg
cp moved.wg a.wg.moved && mv a.wg.moved a.wg
sarif a.wg | prints >three
cmp -s one three || fail "fingerprints changed when lines moved: $(diff one three)"
[ "$(sarif a.wg | lines)" != "$(cat lines-before)" ] || fail "the lines did not move"
# Two identical mistakes on identical lines: told apart by occurrence.
printf 'working_group W "w"\ncomposition { open }\nbody B "b" { reports_to NOPE }\nbody C "c"\nbody B2 "b" { reports_to NOPE }\n' >twice.wg
sarif twice.wg | jq -r '.runs[0].results[] | select(.ruleId == "WG204") | .partialFingerprints["wgcLineHash/v1"]' >fp
[ "$(wc -l <fp)" = 2 ] && [ "$(sort -u fp | wc -l)" = 2 ] || fail "identical mistakes: $(cat fp)"

# The invocation: successful with errors found; not when a file cannot be
# read, which a notification names (WG100), exit 2 all the same.
sarif a.wg | jq -e '.runs[0].invocations == [{"executionSuccessful": true, "exitCode": 1,
  "toolExecutionNotifications": []}]' >/dev/null || fail "invocation of a run with errors"
"$WGC" check --format sarif a.wg missing.wg >out.sarif 2>/dev/null; rc=$?
[ $rc = 2 ] || fail "an unreadable file: exit $rc"
jq -e '.runs[0].invocations[0] | .executionSuccessful == false and .exitCode == 2
  and (.toolExecutionNotifications | length) == 1
  and .toolExecutionNotifications[0].descriptor.id == "WG100"
  and .toolExecutionNotifications[0].level == "error"
  and .toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri == "missing.wg"
  and (.toolExecutionNotifications[0].message.text | test("cannot read `missing.wg`: No such file"))' out.sarif >/dev/null ||
  fail "an unreadable file: $(jq -c '.runs[0].invocations' out.sarif)"
jq -e '[.runs[0].tool.driver.rules[].id] | index("WG100")' out.sarif >/dev/null || fail "WG100 is not among the rules"

# URIs: relative and normalised, whatever path names the file.
mkdir -p sub/deeper
uri() { sarif "$@" | jq -r '.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri'; }
[ "$(uri ./a.wg)" = a.wg ] || fail "./a.wg: $(uri ./a.wg)"
[ "$(uri sub/../a.wg)" = a.wg ] || fail "sub/../a.wg: $(uri sub/../a.wg)"
[ "$(uri sub//deeper/../../a.wg)" = a.wg ] || fail "sub//deeper/../../a.wg"
[ "$(uri "$dir/a.wg")" = a.wg ] || fail "an absolute path in the current folder: $(uri "$dir/a.wg")"
(cd sub && [ "$(uri ../a.wg)" = ../a.wg ]) || fail "../a.wg from a subfolder"
(cd sub && [ "$(uri "$dir/a.wg")" = "file://$dir/a.wg" ]) || fail "an absolute path elsewhere: $(cd sub && uri "$dir/a.wg")"
cp a.wg "my charter #1.wg"
[ "$(uri "my charter #1.wg")" = "my%20charter%20%231.wg" ] || fail "percent-encoding: $(uri "my charter #1.wg")"
# Standard input: `-`, or the name given.
[ "$(uri - <a.wg)" = - ] || fail "stdin: $(uri - <a.wg)"
[ "$(uri --stdin-filename ./sub/x.wg - <a.wg)" = sub/x.wg ] || fail "--stdin-filename: $(uri --stdin-filename ./sub/x.wg - <a.wg)"

# `--` ends the options: a file whose name starts with a dash.
cp a.wg -- -dash.wg
[ "$(uri -- -dash.wg)" = -dash.wg ] || fail "-- -dash.wg"
"$WGC" check -dash.wg 2>err; [ $? = 2 ] && grep -q "unknown option \`-dash.wg\`" err || fail "-dash.wg without --: $(cat err)"
"$WGC" check --color never -- --werror 2>err; [ $? = 2 ] && grep -q "cannot read \`--werror\`" err || fail "-- --werror: $(cat err)"
exit 0
