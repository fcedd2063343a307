# Every golden .html (tests/run keeps each equal to `wgc html`) is valid
# HTML to the Nu Html Checker (npm vnu-jar, run with Debian's Java): no
# error and no warning. A page with a known mistake must fail, so the
# checker is known to be looking.
set -u
fail() { echo "FAIL: $*"; exit 1; }
jar=$TOP/tests/tools/publish/node_modules/vnu-jar/build/dist/vnu.jar
[ -f "$jar" ] || fail "vnu.jar is missing: run scripts/install-deps test"
command -v java >/dev/null || fail "java is missing: run scripts/install-deps test"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
files=()
while IFS= read -r -d '' f; do [ -s "$f" ] && files+=("$f"); done \
  < <(find "$TOP/tests/golden" -name '*.html' -print0 | sort -z)
[ ${#files[@]} -ge 5 ] || fail "only ${#files[@]} golden .html files"
out=$(java -jar "$jar" "${files[@]}" 2>&1) || fail "the Nu Html Checker: $out"
[ -z "$out" ] || fail "the Nu Html Checker warns: $out"
sed 's|<table>|<table><p>not here</p>|' "${files[0]}" >"$dir/bad.html"
java -jar "$jar" --errors-only "$dir/bad.html" >/dev/null 2>&1 && fail "the checker passed a broken page"
exit 0
