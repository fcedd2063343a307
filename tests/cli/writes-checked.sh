# Every write is checked (issue 17; docs/output.md, "Writing"): a full
# device, a closed descriptor or a full file system on standard output,
# standard error or -o gives exit 2 and one message; a closed pipe ends
# quietly with status 141, SIGPIPE ignored or not; a signal during -o
# leaves no temporary file. The full device is made here with mknod,
# the full file system is a 64 KiB tmpfs in a mount namespace of its own.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
good=$TOP/tests/golden/emit/every-construct.wg
bad=$TOP/tests/golden/structure/undefined-reference.wg

# A charter whose JSON is some 4 MB: more than any pipe holds.
awk 'BEGIN { print "working_group W \"w\""; print "composition { open }"
  for (i = 1; i <= 10000; i++) printf "deliverable d%d \"deliverable %d\" { owner W; due 2030-01-01 }\n", i, i }' >"$dir/big.wg"

# 4. A full device on standard output and standard error.
if mknod "$dir/full" c 1 7 2>/dev/null; then
  for args in "json $good" "json $dir/big.wg" "dot $good" "check --format json $bad" \
              "check --format sarif $bad" "check --format github $bad" "explain WG301" "rules" \
              "schema" "--version" "--help"; do
    "$WGC" $args >"$dir/full" 2>"$dir/err"; rc=$?
    [ $rc = 2 ] || fail "wgc $args >full: exit $rc, expected 2"
    [ "$(cat "$dir/err" | grep -c '^wgc: cannot write standard output: No space left on device$')" = 1 ] ||
      fail "wgc $args >full: $(tail -3 "$dir/err")"
  done
  "$WGC" check --color never "$bad" 2>"$dir/full"; rc=$?
  [ $rc = 2 ] || fail "check with stderr full: exit $rc, expected 2"
  "$WGC" json -o "$dir/full" "$good" 2>"$dir/err"; rc=$?
  [ $rc = 2 ] && grep -qx "wgc: cannot write \`$dir/full\`: No space left on device" "$dir/err" ||
    fail "-o the full device: exit $rc: $(cat "$dir/err")"
else
  echo "note: mknod not permitted here: the full-device cases are skipped"
fi

# A closed standard output: the write fails (it never lands in a file
# wgc opened, such as -o's temporary file).
"$WGC" json "$good" >&- 2>"$dir/err"; rc=$?
[ $rc = 2 ] && grep -qx "wgc: cannot write standard output: Bad file descriptor" "$dir/err" ||
  fail "stdout closed: exit $rc: $(cat "$dir/err")"
"$WGC" json -o "$dir/o.json" "$good" >&- 2>/dev/null || fail "-o with stdout closed: exit $?"
"$WGC" json "$good" 2>/dev/null | cmp -s - "$dir/o.json" || fail "-o with stdout closed: wrong output"

# A closed pipe: quiet, status 141, whether SIGPIPE kills wgc or is ignored.
for ignore in no yes; do
  ( [ $ignore = yes ] && trap '' PIPE
    "$WGC" json "$dir/big.wg" 2>"$dir/err" | head -c 10 >/dev/null
    echo "${PIPESTATUS[0]}" >"$dir/rc" )
  [ "$(cat "$dir/rc")" = 141 ] || fail "closed pipe (SIGPIPE ignored: $ignore): exit $(cat "$dir/rc")"
  [ ! -s "$dir/err" ] || fail "closed pipe (SIGPIPE ignored: $ignore): said $(cat "$dir/err")"
done

# A full file system: stdout redirected to it, and -o on it, over an
# older output that must stay whole.
if unshare -m true 2>/dev/null; then
  mkdir "$dir/mnt"
  cat >"$dir/full-fs.sh" <<EOF
mount -t tmpfs -o size=64k tmpfs "$dir/mnt" || exit 99
echo old >"$dir/mnt/keep.json"
"$WGC" json "$dir/big.wg" >"$dir/mnt/out.json" 2>"$dir/err1"; echo \$? >"$dir/rc1"
"$WGC" json -o "$dir/mnt/keep.json" "$dir/big.wg" 2>"$dir/err2"; echo \$? >"$dir/rc2"
cat "$dir/mnt/keep.json" >"$dir/kept"; ls -A "$dir/mnt" >"$dir/left"
EOF
  unshare -m sh "$dir/full-fs.sh"
  if [ $? != 99 ]; then
    [ "$(cat "$dir/rc1")" = 2 ] && grep -qx "wgc: cannot write standard output: No space left on device" "$dir/err1" ||
      fail "stdout on a full file system: exit $(cat "$dir/rc1"): $(cat "$dir/err1")"
    [ "$(cat "$dir/rc2")" = 2 ] && grep -qx "wgc: cannot write \`$dir/mnt/keep.json\`: No space left on device" "$dir/err2" ||
      fail "-o on a full file system: exit $(cat "$dir/rc2"): $(cat "$dir/err2")"
    [ "$(cat "$dir/kept")" = old ] || fail "-o on a full file system damaged the old output"
    [ "$(cat "$dir/left" | tr '\n' ' ')" = "keep.json out.json " ] || fail "left on the full file system: $(cat "$dir/left")"
  else
    echo "note: cannot mount a tmpfs here: the full file system cases are skipped"
  fi
fi

# 8. SIGTERM, SIGINT or SIGHUP while -o writes 24 MB: the temporary file
# is removed, the old output stays.
awk 'BEGIN { print "working_group W \"w\""; print "composition { open }"
  print "deliverable d1 \"d 1\" { owner W; due 2030-01-01 }"
  for (i = 2; i <= 60000; i++) printf "deliverable d%d \"deliverable %d\" { owner W; due 2030-01-01; depends_on d%d, d%d }\n", i, i, i - 1, int(i / 2) }' >"$dir/huge.wg"
mkdir "$dir/k"
for sig in TERM INT HUP; do
  echo old >"$dir/k/out.json"
  ( trap - INT; exec "$WGC" json -o "$dir/k/out.json" "$dir/huge.wg" 2>/dev/null ) &
  pid=$!
  tries=0
  while kill -0 $pid 2>/dev/null && [ -z "$(find "$dir/k" -name '.out.json.wgc-*' -size +0 2>/dev/null)" ]; do
    sleep 0.01; tries=$((tries + 1)); [ $tries -lt 2000 ] || break
  done
  kill -$sig $pid 2>/dev/null
  wait $pid 2>/dev/null; rc=$?
  pid=
  [ $rc -ge 128 ] || echo "note: SIG$sig came after the run ended (exit $rc)"
  [ "$(ls -A "$dir/k")" = out.json ] || fail "SIG$sig left: $(ls -A "$dir/k")"
  [ "$(cat "$dir/k/out.json" | head -c 3)" = old ] || [ $rc = 0 ] || fail "SIG$sig damaged the old output"
done
exit 0
