# Replays every fuzz finding (tests/fuzz/regressions) and seed
# (tests/fuzz/corpus) through the real binary: check, json and dot must
# each end with 0, 1 or 2, never a signal, a timeout (124) or a sanitizer
# report. Runs twice under tests/run --all: the plain build and the
# ASan+UBSan one, which is what catches a stray read the plain build
# survives.
#
# Kept quick under ASan, whose start-up is most of the cost: `check`
# takes all the files in one process (each file alone only if that
# fails, to name the culprit). json and dot run per file, two at a time,
# and only where they do more than check: json emits only for a file
# without errors, dot for one without lexical or syntax errors (WG1xx);
# otherwise they print the same diagnostics as check, already replayed.
set -u
cd "$TOP"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=()
for f in tests/fuzz/regressions/* tests/fuzz/corpus/*; do [ -f "$f" ] && files+=("$f"); done
[ ${#files[@]} -gt 0 ] || { echo "FAIL: no fuzz inputs found"; exit 1; }

# replay CMD FILE: prints a FAIL line (and the sanitizer's summary) on a
# crash, a timeout or a sanitizer report.
replay() {
  local err
  err=$(mktemp "$tmp/err.XXXXXX")
  timeout 10 "$WGC" "$1" --color never "$2" >/dev/null 2>"$err"; rc=$?
  if [ $rc -gt 2 ] || grep -qE 'Sanitizer|runtime error:' "$err"; then
    echo "FAIL: wgc $1 $2: exit $rc$([ $rc = 124 ] && echo ' (timeout)')"
    grep -E 'ERROR: |SUMMARY|runtime error|^ +#[0-6] ' "$err" | head -10
  fi
  rm -f "$err"
}
export -f replay
export WGC tmp

: >"$tmp/fails"
timeout 60 "$WGC" check --format json "${files[@]}" >"$tmp/diags" 2>"$tmp/all"; rc=$?
if [ $rc -gt 2 ] || grep -qE 'Sanitizer|runtime error:' "$tmp/all" ||
  ! jq -r '.diagnostics[] | select(.severity == "error") |
      "\(.file)\t\(if .code | startswith("WG1") then "syntax" else "errors" end)"' \
    "$tmp/diags" >"$tmp/status" 2>/dev/null; then
  for f in "${files[@]}"; do replay check "$f"; done >"$tmp/fails"
  [ -s "$tmp/fails" ] || echo "FAIL: wgc check on all the files at once: exit $rc" >"$tmp/fails"
  : >"$tmp/status" # json and dot on every file, then
fi
runs=$((${#files[@]} + 1))
for f in "${files[@]}"; do
  status=$(awk -F '\t' -v f="$f" '$1 == f { s = s == "syntax" ? s : $2 } END { print s }' "$tmp/status")
  [ -z "$status" ] && printf '%s\0%s\0' json "$f"
  [ "$status" != syntax ] && printf '%s\0%s\0' dot "$f"
done >"$tmp/jobs"
runs=$((runs + $(tr -cd '\0' <"$tmp/jobs" | wc -c) / 2))
xargs -0 -n 2 -P 2 bash -c 'replay "$1" "$2"' replay <"$tmp/jobs" >>"$tmp/fails"
if [ -s "$tmp/fails" ]; then
  head -60 "$tmp/fails"
  echo "$(grep -c '^FAIL' "$tmp/fails") of $runs runs failed"
  exit 1
fi
echo "${#files[@]} files, $runs runs: no crash"
