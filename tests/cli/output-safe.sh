# `-o` never loses or exposes data (issue 17; docs/output.md, "Where the
# output goes"): an -o naming the input is refused through any link; a
# symbolic link is written through and stays a link; a hard link is not
# split; character devices and FIFOs are written directly and stay what
# they are; block devices and sockets are refused; the target's mode,
# owner and group stay; standard output's own file is written through
# standard output (its `>>` kept). Device files are made with mknod in a
# scratch folder, never the system's.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
reader=
trap '[ -n "$reader" ] && kill "$reader" 2>/dev/null; rm -rf "$dir"' EXIT
chmod 755 "$dir"
good=$dir/good.wg bad=$dir/bad.wg
cp "$TOP/tests/golden/emit/every-construct.wg" "$good"
cp "$TOP/tests/golden/emit/cycle-drawn-red.wg" "$bad"
"$WGC" json "$good" >"$dir/good.json" 2>/dev/null || fail "json of the good charter"
"$WGC" dot "$good" >"$dir/good.dot" 2>/dev/null || fail "dot of the good charter"

# wgc CODE ARGS...: exits CODE (stderr in $dir/err).
wgc() {
  local want=$1; shift
  timeout 20 "$WGC" "$@" >"$dir/out" 2>"$dir/err"; rc=$?
  [ $rc = "$want" ] || fail "wgc $*: exit $rc, expected $want: $(head -c 300 "$dir/err")"
}
unchanged() { cmp -s "$1" "$2" || fail "$3"; }

# 1. The output is the input: by its name, through a symbolic link, a hard
# link, a path with `..`, or standard input; json and dot, clean or not.
cp "$good" "$dir/keep.wg"
ln -s good.wg "$dir/link-to-input.wg"
ln "$good" "$dir/hard-to-input.wg"
mkdir "$dir/sub"
for target in "$good" "$dir/link-to-input.wg" "$dir/hard-to-input.wg" "$dir/sub/../good.wg"; do
  for cmd in json dot "dot --render svg"; do
    wgc 2 $cmd -o "$target" "$good"
    grep -q "wgc: will not write over the input \`$good\`" "$dir/err" || fail "$cmd -o $target: $(cat "$dir/err")"
    unchanged "$dir/keep.wg" "$good" "$cmd -o $target changed the input"
  done
done
cp "$bad" "$dir/keep-bad.wg"
wgc 2 dot -o "$bad" "$bad"
unchanged "$dir/keep-bad.wg" "$bad" "dot -o INPUT with errors changed the input"
wgc 2 json -o "$good" - <"$good"
unchanged "$dir/keep.wg" "$good" "json -o FILE - <FILE changed the input"
[ -z "$(find "$dir" -name '*.wgc-*')" ] || fail "a refused run left a temporary file"

# 2. A symbolic link: its target gets the output, the link stays a link,
# also when the target does not exist yet (it is created).
echo old >"$dir/real.json"
ln -s real.json "$dir/link.json"
wgc 0 json -o "$dir/link.json" "$good"
[ -L "$dir/link.json" ] || fail "the symbolic link was replaced"
unchanged "$dir/good.json" "$dir/real.json" "the link's target did not get the output"
ln -s sub/new.json "$dir/dangling.json"
wgc 0 json -o "$dir/dangling.json" "$good"
[ -L "$dir/dangling.json" ] && [ -f "$dir/sub/new.json" ] || fail "a link to nothing yet: no file made"
unchanged "$dir/good.json" "$dir/sub/new.json" "a link to nothing yet: wrong output"
ln -s loop1 "$dir/loop2"; ln -s loop2 "$dir/loop1"
wgc 2 json -o "$dir/loop1" "$good"
grep -q "Too many levels of symbolic links" "$dir/err" || fail "a loop of links: $(cat "$dir/err")"

# A hard link: both names see the new output; the inode stays.
echo old >"$dir/a.json"
ln "$dir/a.json" "$dir/b.json"
ino=$(stat -c %i "$dir/a.json")
wgc 0 json -o "$dir/a.json" "$good"
[ "$(stat -c %i "$dir/a.json")" = "$ino" ] && [ "$(stat -c %h "$dir/a.json")" = 2 ] ||
  fail "the hard link was split"
unchanged "$dir/good.json" "$dir/b.json" "the other name of a hard link did not get the output"
# Shorter output over a longer file: no old bytes left.
head -c 200000 /dev/zero | tr '\0' x >"$dir/a.json"
wgc 0 json -o "$dir/b.json" "$good"
unchanged "$dir/good.json" "$dir/a.json" "rewriting a hard-linked file in place left old bytes"

# Devices and pipes: made here. A character device is written directly
# and stays one (the null device swallows the output; the full device
# fails with ENOSPC: exit 2, said); a FIFO too; block devices and sockets
# are refused; so is a folder.
if mknod "$dir/null" c 1 3 2>/dev/null && mknod "$dir/full" c 1 7 && mknod "$dir/blk" b 7 250; then
  for cmd in json dot; do
    wgc 0 $cmd -o "$dir/null" "$good"
    [ -c "$dir/null" ] || fail "$cmd -o a character device replaced it"
    wgc 2 $cmd -o "$dir/full" "$good"
    grep -qx "wgc: cannot write \`$dir/full\`: No space left on device" "$dir/err" || fail "full device: $(cat "$dir/err")"
    [ -c "$dir/full" ] || fail "$cmd -o the full device replaced it"
    wgc 2 $cmd -o "$dir/blk" "$good"
    grep -q "it is a block device" "$dir/err" || fail "block device: $(cat "$dir/err")"
    [ -b "$dir/blk" ] || fail "$cmd -o a block device replaced it"
  done
else
  echo "note: mknod not permitted here: the device cases are skipped"
fi
mkfifo "$dir/fifo"
cat "$dir/fifo" >"$dir/from-fifo" &
reader=$!
wgc 0 json -o "$dir/fifo" "$good"
wait "$reader"; reader=
[ -p "$dir/fifo" ] || fail "-o a FIFO replaced it"
unchanged "$dir/good.json" "$dir/from-fifo" "the FIFO's reader did not get the output"
if python3 -c "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" "$dir/sock" 2>/dev/null; then
  wgc 2 json -o "$dir/sock" "$good"
  grep -q "it is a socket" "$dir/err" || fail "socket: $(cat "$dir/err")"
  [ -S "$dir/sock" ] || fail "-o a socket replaced it"
fi

# Standard output's own file: written through standard output, so `>>`
# keeps what was there, and /dev/stdout is not replaced.
echo "earlier line" >"$dir/log"
"$WGC" json -o /dev/stdout "$good" >>"$dir/log" 2>/dev/null || fail "-o /dev/stdout >> log: exit $?"
{ echo "earlier line"; cat "$dir/good.json"; } | cmp -s - "$dir/log" || fail "-o /dev/stdout lost the log's earlier line"
"$WGC" json -o "$dir/same.json" "$good" >"$dir/same.json" 2>/dev/null || fail "-o F >F: exit $?"
unchanged "$dir/good.json" "$dir/same.json" "-o F > F: wrong output"

# 3. Mode, owner and group of the target stay; a new file gets 0666 less
# the umask.
echo old >"$dir/private.json"
chmod 600 "$dir/private.json"
chown 65534:65534 "$dir/private.json" 2>/dev/null
owner=$(stat -c %u:%g "$dir/private.json")
wgc 0 json -o "$dir/private.json" "$good"
[ "$(stat -c %a "$dir/private.json")" = 600 ] || fail "mode 600 became $(stat -c %a "$dir/private.json")"
[ "$(stat -c %u:%g "$dir/private.json")" = "$owner" ] || fail "owner $owner became $(stat -c %u:%g "$dir/private.json")"
(umask 027 && "$WGC" json -o "$dir/fresh.json" "$good" 2>/dev/null) || fail "new file: exit $?"
[ "$(stat -c %a "$dir/fresh.json")" = 640 ] || fail "a new file under umask 027 is $(stat -c %a "$dir/fresh.json")"

# As another user (tests run as root: setpriv to nobody): a file of
# theirs keeps its mode; in a folder they may not write, a file they may
# write is rewritten in place; one they may not write is left alone.
as="setpriv --reuid=65534 --regid=65534 --clear-groups"
if [ "$(id -u)" = 0 ] && $as "$WGC" --version >/dev/null 2>&1; then
  mkdir "$dir/theirs" && chown 65534:65534 "$dir/theirs"
  echo old >"$dir/theirs/out.json" && chown 65534:65534 "$dir/theirs/out.json" && chmod 640 "$dir/theirs/out.json"
  $as "$WGC" json -o "$dir/theirs/out.json" "$good" 2>"$dir/err" || fail "as nobody: exit $?: $(cat "$dir/err")"
  [ "$(stat -c %a:%u "$dir/theirs/out.json")" = 640:65534 ] || fail "as nobody: $(stat -c %a:%u "$dir/theirs/out.json")"
  mkdir "$dir/ro" && echo old >"$dir/ro/open.json" && chmod 666 "$dir/ro/open.json"
  echo old >"$dir/ro/closed.json" && chmod 644 "$dir/ro/closed.json" && chmod 555 "$dir/ro"
  $as "$WGC" json -o "$dir/ro/open.json" "$good" 2>"$dir/err" || fail "read-only folder, writable file: $(cat "$dir/err")"
  unchanged "$dir/good.json" "$dir/ro/open.json" "read-only folder, writable file: not rewritten"
  $as "$WGC" json -o "$dir/ro/closed.json" "$good" 2>"$dir/err" && fail "read-only folder and file: exit 0"
  grep -qx "wgc: cannot write \`$dir/ro/closed.json\`: Permission denied" "$dir/err" || fail "read-only: $(cat "$dir/err")"
  [ "$(cat "$dir/ro/closed.json")" = old ] || fail "a file nobody may write was changed"
  [ "$(ls -A "$dir/ro" | tr '\n' ' ')" = "closed.json open.json " ] || fail "left in the read-only folder: $(ls -A "$dir/ro")"
  chmod 755 "$dir/ro"
else
  echo "note: cannot run wgc as user nobody: the other-user cases are skipped"
fi
[ -z "$(find "$dir" -name '*.wgc-*')" ] || fail "temporary files left: $(find "$dir" -name '*.wgc-*')"
exit 0
