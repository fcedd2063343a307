# Hostile input, bytes (RULES.md WG101, WG102, WG104): a NUL byte, bytes
# that are not UTF-8 and a truncated multibyte sequence, at every kind of
# position (the start, inside a string, a comment, a name, the last
# byte); unterminated strings of both kinds. Each is one clear error at
# the right place, exit 1, with check, json and dot, in text, JSON and
# SARIF; never a crash, a hang (20 s guard) or a sanitizer report.
set -u
. "$TOP/tests/cli/lib/hostile.bash"

# case_ NAME RULE LINE:COL PRINTF-FORMAT [N]: the file, then its first
# error, and N errors in all (1 unless given). The other commands and
# formats run once over all the cases, below: under ASan, start-up is
# most of the cost.
cases=()
case_() {
  local f="$dir/$1.wg"
  printf "$4" >"$f"
  cases+=("$f" "$2")
  expect 1 "$2" check "$f"
  grep -q "^$f:$3: error\[$2\]" "$dir/err" || fail "$1: expected $2 at $3: $(head -c 300 "$dir/err")"
  [ "$(grep -c 'error\[' "$dir/err")" = "${5:-1}" ] || fail "$1: not ${5:-1} error(s): $(head -c 600 "$dir/err")"
  # The excerpt shows bad bytes and control characters as `?`, never raw.
  ! LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$dir/err" || fail "$1: raw control bytes in the diagnostics"
  [ "$(tr -d '\0' <"$dir/err" | wc -c)" = "$(wc -c <"$dir/err")" ] || fail "$1: a NUL in the diagnostics"
  iconv -f UTF-8 -t UTF-8 "$dir/err" >/dev/null 2>&1 || fail "$1: the diagnostics are not valid UTF-8"
}

ok='working_group W "w"\ncomposition { open }\n'
case_ nul-at-start          WG104 1:1  "\\0$ok"
case_ nul-in-string         WG104 1:19 'working_group W "a\0b"\ncomposition { open }\n'
case_ nul-in-comment        WG104 1:4  "# a\\0b\\n$ok"
# The NUL splits the name in two: `X` is then out of place (WG107).
case_ nul-in-name           WG104 1:16 'working_group W\0X "w"\ncomposition { open }\n' 2
case_ nul-last-byte         WG104 3:1  "$ok\\0"
case_ nul-in-long-string    WG104 2:2  'working_group W """a\nb\0c"""\ncomposition { open }\n'
case_ bad-byte-at-start     WG101 1:1  "\\377$ok"
case_ bad-byte-in-string    WG101 1:19 'working_group W "a\377b"\ncomposition { open }\n'
case_ bad-byte-in-comment   WG101 1:4  "# a\\300\\200b\\n$ok"
case_ bad-byte-in-name      WG101 1:16 'working_group W\303X "w"\ncomposition { open }\n'
case_ bad-byte-last         WG101 3:1  "$ok\\377"
case_ truncated-at-end      WG101 3:1  "$ok\\342\\202"
case_ truncated-in-comment  WG101 3:3  "$ok# \\360\\237\\230"
case_ surrogate             WG101 1:18 'working_group W "\355\240\200"\ncomposition { open }\n'
case_ above-unicode         WG101 1:18 'working_group W "\364\220\200\200"\ncomposition { open }\n'
case_ bom-then-bad-byte     WG101 1:1  "\\357\\273\\277\\377$ok"
case_ half-a-bom            WG101 1:1  '\357\273'

# Unterminated strings: `"` at the end of a line and of the file, `"""`
# at the end of the file (reported at its opening quotes, once).
case_ unterminated-string      WG102 1:17 'working_group W "title\ncomposition { open }\n'
case_ unterminated-string-eof  WG102 3:8  "${ok}body B \""
case_ unterminated-long-string WG102 3:8  "${ok}body B \"\"\"a long\nstring\n\n"
case_ long-string-quotes-only  WG102 1:17 'working_group W """'
case_ long-string-two-quotes   WG102 1:17 'working_group W """""'

# Every case at once in JSON and SARIF: valid documents (jq), each file's
# first error the one expected.
files=() want=""
for ((i = 0; i < ${#cases[@]}; i += 2)); do
  files+=("${cases[i]}")
  want+="${cases[i]} ${cases[i + 1]}"$'\n'
done
expect 1 "" check --format json "${files[@]}"
got=$(jq -r '[.diagnostics[] | select(.severity == "error")] | group_by(.file) | map(.[0]) |
  sort_by(.file) | .[] | "\(.file) \(.code)"' "$dir/out") || fail "--format json is not valid JSON"
[ "$got" = "$(printf '%s' "$want" | sort)" ] || fail "--format json: $(diff <(echo "$got") <(printf '%s' "$want" | sort) | head)"
expect 1 "" check --format sarif "${files[@]}"
[ "$(jq '.runs[0].results | map(select(.level == "error")) | length' "$dir/out")" -ge $((${#files[@]})) ] ||
  fail "--format sarif: errors missing"
# json and dot stop after a lexical error just as check does.
for f in nul-in-string bad-byte-in-name truncated-at-end unterminated-long-string; do
  for cmd in json dot; do expect 1 "" "$cmd" "$dir/$f.wg"; done
  [ ! -s "$dir/out" ] || fail "$cmd $f: output despite a lexical error"
done

# A file of nothing but bad bytes, 1 MiB of them: one WG101.
head -c 1048576 /dev/zero | tr '\0' '\377' >"$dir/noise.wg"
for cmd in check json dot; do expect 1 WG101 "$cmd" "$dir/noise.wg"; done
[ "$(grep -c 'error\[' "$dir/err")" = 1 ] || fail "noise: more than one error"
exit 0
