# `wgc check DIR` (issue 19; CLI.md version 2): every `*.wg` under the
# folder, recursively, in byte order of the paths (`LC_ALL=C sort`), links
# inside it not followed, pipes and devices passed over; folders and files
# mixed, each argument in turn; the same output on one thread as on many;
# a file or folder that cannot be read is WG100 (exit 2) in text, JSON,
# SARIF, GitHub and GitLab output, and the others are checked all the same.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'chmod -R u+rwx "$dir" 2>/dev/null; rm -rf "$dir"' EXIT
chmod 755 "$dir"
cd "$dir" || exit 1

# Each charter has one warning (no composition: WG309), so each shows.
charter() { mkdir -p "$(dirname "$1")"; printf 'working_group W "w"\n' >"$1"; }
for f in d/a.wg d/B.wg d/b/c.wg d/x-y/e.wg d/x/f.wg d/x/g.wg d/.hidden/h.wg d/deep/er/and/deeper/i.wg \
         outside/o.wg loose.wg; do
  charter "$f"
done
printf 'not a charter\n' >d/b/notes.txt
printf 'working_group W "w"\n' >d/b/c.wg.bak
ln -s ../outside/o.wg d/link.wg
ln -s ../outside d/linked-folder
mkfifo d/pipe.wg
files() { # the files of a text report, in order, once each
  grep -oE '^[^: ]+\.wg:' "$1" | sed 's/:$//' | uniq
}

# 1. A folder: sorted like `LC_ALL=C sort`, links and the pipe passed over.
timeout 20 "$WGC" check --color never d >/dev/null 2>out.txt; rc=$?
[ $rc = 0 ] || fail "check d: exit $rc: $(cat out.txt)"
find d -name '*.wg' -type f | LC_ALL=C sort >want
files out.txt >got
cmp -s want got || fail "check d: order or set of files: $(diff want got)"
grep -q 'outside' got && fail "a link inside the folder was followed"
tail -n 1 out.txt | grep -qx '0 errors, 8 warnings in 8 files' || fail "check d: summary $(tail -n 1 out.txt)"
[ "$(sed -n 2p got)" = d/B.wg ] || fail "byte order puts d/B.wg second: $(head -3 got)"

# 2. Folders and files mixed: each argument in turn, a trailing slash or a
# link to a folder named on the command line taken as the folder.
"$WGC" check --color never d/x/ loose.wg d/b d/linked-folder >/dev/null 2>out.txt
files out.txt | tr '\n' ' ' >got
[ "$(cat got)" = "d/x/f.wg d/x/g.wg loose.wg d/b/c.wg d/linked-folder/o.wg " ] || fail "mixed: $(cat got)"

# 3. One thread or many: the same bytes, in every format, over every
# golden case and example (some with errors, some clean).
cd "$TOP" || exit 1
for fmt in text json sarif github gitlab; do
  "$WGC" check --format $fmt --color never -j 1 tests/golden examples >"$dir/one.$fmt" 2>&1
  "$WGC" check --format $fmt --color never -j 4 tests/golden examples >"$dir/four.$fmt" 2>&1
  "$WGC" check --format $fmt --color never tests/golden examples >"$dir/cores.$fmt" 2>&1
  cmp -s "$dir/one.$fmt" "$dir/four.$fmt" && cmp -s "$dir/one.$fmt" "$dir/cores.$fmt" ||
    fail "$fmt: the output depends on the number of threads"
done
[ "$(jq '.summary.files' "$dir/one.json")" -gt 100 ] || fail "too few files found under tests/golden and examples"
# A run stopped early by a closed pipe stops quietly.
"$WGC" check --format json -j 4 tests/golden examples 2>"$dir/err" | head -c 100 >/dev/null
[ ! -s "$dir/err" ] || fail "closed pipe: $(cat "$dir/err")"
cd "$dir" || exit 1

# 4. An empty folder: said, nothing checked, exit 0.
mkdir empty
"$WGC" check empty 2>err.txt; rc=$?
[ $rc = 0 ] && grep -qx "wgc: no \`.wg\` file in \`empty\`" err.txt || fail "empty folder: exit $rc: $(cat err.txt)"

# 5. WG100: a missing file among others, in every format; exit 2; the
# others still checked; the summary counts it.
"$WGC" check --color never d/a.wg missing.wg loose.wg >/dev/null 2>out.txt; rc=$?
[ $rc = 2 ] || fail "a missing file: exit $rc"
grep -qx "wgc: cannot read \`missing.wg\`: No such file or directory" out.txt || fail "text: $(cat out.txt)"
[ "$(files out.txt | tr '\n' ' ')" = "d/a.wg loose.wg " ] || fail "the readable files were not all checked"
tail -n 1 out.txt | grep -qx '1 error, 2 warnings in 3 files' || fail "text summary: $(tail -n 1 out.txt)"
"$WGC" check --format json d/a.wg missing.wg >out.json; rc=$?
[ $rc = 2 ] || fail "json, a missing file: exit $rc"
jq -e '(.diagnostics[] | select(.code == "WG100")) as $d
  | $d.name == "unreadable-file" and $d.severity == "error" and $d.file == "missing.wg"
    and $d.line == 1 and ($d.message | test("cannot read `missing.wg`: No such file"))
  and .summary == {"files": 2, "errors": 1, "warnings": 1, "not_shown": 0}' out.json >/dev/null ||
  fail "json WG100: $(cat out.json)"
"$WGC" check --format github missing.wg >out.txt; [ $? = 2 ] || fail "github WG100: exit"
grep -q '^::error file=missing.wg,title=WG100 unreadable-file::cannot read' out.txt || fail "github WG100: $(cat out.txt)"
"$WGC" check --format gitlab missing.wg >out.json; [ $? = 2 ] || fail "gitlab WG100: exit"
jq -e '.[0].check_name == "WG100" and .[0].location.path == "missing.wg"' out.json >/dev/null || fail "gitlab WG100"
"$WGC" check --format json - <d >out.json 2>/dev/null; [ $? = 2 ] || fail "a folder on stdin: exit"
jq -e '.diagnostics[0].file == "<stdin>" and .diagnostics[0].code == "WG100"' out.json >/dev/null || fail "stdin WG100"

# A file and a folder that cannot be read (as user nobody: tests run as
# root, whom permissions do not stop): WG100 each, the rest checked.
as="setpriv --reuid=65534 --regid=65534 --clear-groups"
if [ "$(id -u)" = 0 ] && $as "$WGC" --version >/dev/null 2>&1; then
  chmod -R a+rX d && mkdir d/locked && charter d/locked/l.wg && chmod 000 d/locked && chmod 000 d/x/g.wg
  $as "$WGC" check --format json d >out.json 2>/dev/null; rc=$?
  [ $rc = 2 ] || fail "unreadable file and folder: exit $rc"
  jq -r '.diagnostics[] | select(.code == "WG100") | .file' out.json | tr '\n' ' ' >got
  [ "$(cat got)" = "d/locked d/x/g.wg " ] || fail "unreadable file and folder: WG100 for $(cat got)"
  jq -e '.summary.files == 9' out.json >/dev/null || fail "unreadable: summary $(jq -c .summary out.json)"
  chmod 755 d/locked && chmod 644 d/x/g.wg
else
  echo "note: cannot run wgc as user nobody: the unreadable folder case is skipped"
fi

# 6. json and dot take one file, not a folder.
"$WGC" json d 2>err.txt; [ $? = 2 ] && grep -qx "wgc: cannot read \`d\`: Is a directory" err.txt || fail "json d: $(cat err.txt)"
exit 0
