# SARIF from every golden case, in one run and file by file, is valid
# SARIF 2.1.0 (validated against the OASIS schema with ajv, tests/tools).
set -eu
cd "$TOP/tests/golden"
validate="node $TOP/tests/tools/validate.js --sarif -"
files=$(find . -name '*.wg' | sort)
"$WGC" check --format sarif $files | $validate
for f in syntax/every-syntax-error-reported.wg structure/undefined-reference.wg; do
  "$WGC" check --format sarif "$f" | $validate
done
# A file name that needs percent-encoding in the URI.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp structure/undefined-reference.wg "$tmp/my charter #1.wg"
"$WGC" check --format sarif "$tmp/my charter #1.wg" | $validate
"$WGC" check --format sarif "$tmp/my charter #1.wg" | grep -q '"uri": "file:///.*my%20charter%20%231.wg"'
# Version 2: a file that cannot be read (a tool notification, the run not
# successful), diagnostics past --max-diagnostics (a notification), standard
# input under its own name, and no results at all.
"$WGC" check --format sarif structure/undefined-reference.wg "$tmp/no-such.wg" | $validate
head -c 3000 /dev/zero | tr '\0' '}' >"$tmp/closes.wg"
"$WGC" check --format sarif --max-diagnostics 10 "$tmp/closes.wg" | $validate
"$WGC" check --format sarif --stdin-filename "a b/c.wg" - <structure/undefined-reference.wg | $validate
"$WGC" check --format sarif "$TOP/examples/wgec.wg" | $validate
