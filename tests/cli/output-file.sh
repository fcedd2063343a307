# `-o FILE` (CLI.md): json and dot write the file and nothing on stdout,
# and a second run gives the same bytes; so does stdout, run to run.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
wg=$TOP/tests/golden/emit/every-construct.wg
for cmd in json dot; do
  out=$("$WGC" "$cmd" -o "$dir/a.$cmd" "$wg" 2>/dev/null); rc=$?
  [ $rc = 0 ] || fail "$cmd -o: exit $rc"
  [ -z "$out" ] || fail "$cmd -o also printed to stdout"
  [ -s "$dir/a.$cmd" ] || fail "$cmd -o wrote no file"
  "$WGC" "$cmd" -o "$dir/b.$cmd" "$wg" 2>/dev/null || fail "$cmd -o, second run"
  cmp -s "$dir/a.$cmd" "$dir/b.$cmd" || fail "$cmd -o: two runs differ"
  "$WGC" "$cmd" "$wg" >"$dir/c.$cmd" 2>/dev/null || fail "$cmd to stdout"
  cmp -s "$dir/a.$cmd" "$dir/c.$cmd" || fail "$cmd: -o and stdout differ"
  # Over an existing file: replaced whole, and -o - means stdout.
  head -c 100000 /dev/zero | tr "\\0" x >"$dir/b.$cmd"
  "$WGC" "$cmd" -o "$dir/b.$cmd" "$wg" 2>/dev/null || fail "$cmd -o over a file"
  cmp -s "$dir/a.$cmd" "$dir/b.$cmd" || fail "$cmd -o over a longer file left old bytes"
  "$WGC" "$cmd" -o - "$wg" 2>/dev/null | cmp -s - "$dir/a.$cmd" || fail "$cmd -o - is not stdout"
done
# Standard input: the same output, with source "<stdin>".
"$WGC" json - <"$wg" 2>/dev/null | grep -q '^  "source": "<stdin>",$' || fail "json from stdin: source"
leftover=$(find "$dir" -name '*.wgc-*')
[ -z "$leftover" ] || fail "temporary files left: $leftover"
exit 0
