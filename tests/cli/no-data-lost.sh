# No data lost (CLI.md, `-o`; compiler/output.c): an output file is
# either the previous one or a complete new one, never partial, whether
# the run fails on errors in the input, cannot write to the target's
# folder, or is killed (SIGKILL) halfway through writing 24 MB. And no
# command ever writes to its input.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
chmod 755 "$dir" # for the unprivileged run below

# wgc CODE ARGS...: wgc ARGS exits CODE within 20 s (stderr in $dir/err).
wgc() {
  local want=$1; shift
  timeout 20 $as "$WGC" "$@" >/dev/null 2>"$dir/err"; rc=$?
  [ $rc = 124 ] && fail "wgc $*: no answer in 20 s"
  [ $rc -ge 128 ] && fail "wgc $*: killed by signal $((rc - 128))"
  grep -qE 'Sanitizer|runtime error:' "$dir/err" && fail "wgc $*: $(grep -m 1 -E 'SUMMARY|runtime error' "$dir/err")"
  [ $rc = "$want" ] || fail "wgc $*: exit $rc, expected $want: $(head -c 300 "$dir/err")"
}
as=
good=$dir/good.wg semantic=$dir/semantic.wg syntax=$dir/syntax.wg
cp "$TOP/tests/golden/emit/every-construct.wg" "$good"
cp "$TOP/tests/golden/emit/cycle-drawn-red.wg" "$semantic"
printf 'working_group W "w" {\n  established 2020-01-01 {\n' >"$syntax"

# 1. Errors in the input: the previous output stays, byte for byte.
printf 'the previous output\n' >"$dir/prev"
for t in out.json out.dot; do cp "$dir/prev" "$dir/$t"; done
wgc 1 json -o "$dir/out.json" "$semantic"
wgc 1 json -o "$dir/out.json" "$syntax"
wgc 1 dot -o "$dir/out.dot" "$syntax"
for t in out.json out.dot; do cmp -s "$dir/prev" "$dir/$t" || fail "an input with errors changed $t"; done

# 2. A folder that cannot be written: exit 2, the previous output stays.
# Tests run as root, whom a read-only mode does not stop, so the run
# drops to user nobody with setpriv (no mount, no chattr: works on any
# file system and in containers). A target whose parent is a regular
# file fails for root too.
mkdir "$dir/ro"
cp "$dir/prev" "$dir/ro/out.json"
chmod 555 "$dir/ro"
chmod 644 "$good"
if [ "$(id -u)" = 0 ]; then
  as="setpriv --reuid=65534 --regid=65534 --clear-groups"
  $as "$WGC" --version >/dev/null 2>&1 || as=skip # no setpriv, or wgc not readable by nobody
fi
if [ "$as" = skip ]; then
  echo "note: cannot run wgc as user nobody: the read-only folder case is skipped"
else
  for cmd in json dot; do
    wgc 2 "$cmd" -o "$dir/ro/out.json" "$good"
    grep -qF "wgc: cannot write \`$dir/ro/out.json\`: Permission denied" "$dir/err" ||
      fail "read-only folder: unclear message: $(cat "$dir/err")"
  done
  cmp -s "$dir/prev" "$dir/ro/out.json" || fail "a run in a read-only folder changed the output"
  [ "$(ls -A "$dir/ro")" = out.json ] || fail "a run in a read-only folder left: $(ls -A "$dir/ro")"
fi
as=
chmod 755 "$dir/ro"
: >"$dir/plain-file"
wgc 2 json -o "$dir/plain-file/out.json" "$good"
[ ! -s "$dir/plain-file" ] || fail "the regular file in the target's path was written"

# 3. Killed mid-write. Two large clean charters A and B (60,000 items,
# 24 MB of JSON each) and their complete outputs; the target starts as
# A's. Each run over it, A then B in turn, is SIGKILLed: half of them as
# soon as the temporary file has some bytes (surely mid-write), half
# after a random delay (anywhere: reading, checking, writing, syncing).
# After each kill the target is all of A's or all of B's output.
gen() {
  awk -v n=60000 -v tag="$1" 'BEGIN {
    print "working_group W \"working group " tag "\""; print "composition { open }"
    print "deliverable d1 \"d 1\" { owner W; due 2030-01-01 }"
    for (i = 2; i <= n; i++)
      printf "deliverable d%d \"deliverable %d of %s\" { owner W; due 2030-01-01; depends_on d%d, d%d }\n",
        i, i, tag, i - 1, int(i / 2) }'
}
mkdir "$dir/k"
gen A >"$dir/A.wg"
gen B >"$dir/B.wg"
sums=$(sha256sum "$dir/A.wg" "$dir/B.wg")
wgc 0 json -o "$dir/A.json" "$dir/A.wg"
wgc 0 json -o "$dir/B.json" "$dir/B.wg"
cmp -s "$dir/A.json" "$dir/B.json" && fail "A and B compile to the same output"
cp "$dir/A.json" "$dir/k/out.json"
midwrite=0
for i in 1 2 3 4 5 6; do
  in=$([ $((i % 2)) = 1 ] && echo B || echo A)
  "$WGC" json -o "$dir/k/out.json" "$dir/$in.wg" 2>/dev/null &
  pid=$!
  if [ $((i % 2)) = 1 ]; then
    while kill -0 $pid 2>/dev/null && [ -z "$(find "$dir/k" -name '.out.json.wgc-*' -size +0 2>/dev/null)" ]; do
      sleep 0.01
    done
  else
    sleep "0.$((RANDOM % 10))$((RANDOM % 10))"
  fi
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  pid=
  cmp -s "$dir/k/out.json" "$dir/A.json" || cmp -s "$dir/k/out.json" "$dir/B.json" ||
    fail "kill $i: the target is neither A's output nor B's ($(wc -c <"$dir/k/out.json") bytes)"
  # A killed run may leave its temporary file; never anything else.
  left=$(find "$dir/k" -mindepth 1 ! -name out.json ! -name '.out.json.wgc-*')
  [ -z "$left" ] || fail "kill $i left $left"
  [ -n "$(find "$dir/k" -name '.out.json.wgc-*')" ] && midwrite=$((midwrite + 1))
  find "$dir/k" -name '.out.json.wgc-*' -delete
done
[ $midwrite -gt 0 ] || fail "no kill landed while the output was being written"
wgc 0 json -o "$dir/k/out.json" "$dir/B.wg"
cmp -s "$dir/k/out.json" "$dir/B.json" || fail "a complete run after the kills did not write B's output"
[ "$(ls -A "$dir/k")" = out.json ] || fail "a complete run left: $(ls -A "$dir/k")"
[ "$sums" = "$(sha256sum "$dir/A.wg" "$dir/B.wg")" ] || fail "the runs changed their input"

# 4. No command writes to its input: checksums of every input, taken
# before each command and compared after, -o naming the input included.
for f in "$good" "$semantic" "$syntax"; do
  sum=$(sha256sum "$f")
  for args in "check" "json" "dot" "json -o $dir/o.json" "dot -o $dir/o.dot" "check --format sarif"; do
    timeout 20 "$WGC" $args "$f" >/dev/null 2>&1
    [ "$sum" = "$(sha256sum "$f")" ] || fail "wgc $args changed $(basename "$f")"
  done
done
# -o naming the input is refused (exit 2) whatever the input holds.
for f in "$semantic" "$syntax"; do
  sum=$(sha256sum "$f")
  wgc 2 json -o "$f" "$f"
  [ "$sum" = "$(sha256sum "$f")" ] || fail "json -o INPUT with errors replaced $(basename "$f")"
done
exit 0
