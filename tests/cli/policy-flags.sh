# --allow, --deny and --werror (RULES.md): what each does to severities,
# to the exit code and to the JSON diagnostics.
set -u
cd "$TOP/tests/golden/allow"
fail() { echo "FAIL: $*"; exit 1; }
f=allow-in-declaration.wg   # one WG701 warning, no error
codes() { "$WGC" check --format json "$@" "$f" | jq -r '[.diagnostics[] | .code + ":" + .severity] | join(",")'; }
[ "$(codes)" = "WG701:warning" ] || fail "baseline: $(codes)"
"$WGC" check "$f" 2>/dev/null || fail "a warning alone must exit 0"
[ "$(codes --allow unused-declaration)" = "" ] || fail "--allow by name"
[ "$(codes --allow WG701)" = "" ] || fail "--allow by code"
[ "$(codes --deny unused-declaration)" = "WG701:error" ] || fail "--deny"
"$WGC" check --deny WG701 "$f" 2>/dev/null; [ $? = 1 ] || fail "--deny must exit 1"
[ "$(codes --werror)" = "WG701:error" ] || fail "--werror"
"$WGC" check --werror "$f" 2>/dev/null; [ $? = 1 ] || fail "--werror must exit 1"
[ "$(codes --werror --allow unused-declaration)" = "" ] || fail "--allow wins over --werror"
[ "$(codes --deny=vacant-seats --allow=WG701)" = "" ] || fail "--opt=value form"
# Promotion shows in the text form and in the summary too.
out=$("$WGC" check --werror --color never "$f" 2>&1)
echo "$out" | grep -q "^$f:10:6: error\[WG701\]" || fail "text of a promoted warning: $out"
echo "$out" | tail -n 1 | grep -qx "1 error, 0 warnings in 1 file" || fail "summary after --werror"
# Errors cannot be allowed or denied; unknown rules are usage errors.
"$WGC" check --allow missing-owner "$f" 2>/dev/null; [ $? = 2 ] || fail "--allow of an error"
"$WGC" check --deny no-such-rule "$f" 2>/dev/null; [ $? = 2 ] || fail "--deny of an unknown rule"
# --as-of: malformed is a usage error; a valid one drives WG602.
"$WGC" check --as-of 2014-13-01 "$f" 2>/dev/null; [ $? = 2 ] || fail "bad --as-of"
exit 0
