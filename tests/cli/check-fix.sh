# `wgc check --fix` (CLI.md, RULES.md "Fixes"; docs/output.md): every
# common mistake, multi-mistake draft and broken example, copied to a
# folder and fixed in one run, keeps exactly the diagnostics that have no
# safe fix (tests/cli/check-fix.txt, the golden listing); a second run
# changes no byte and no modification time; each fixed file is the text
# the library's wg_doc_apply_fixes gives (build/tests/apply-fixes); mode
# and owner are kept; a file that cannot be written is left as it was,
# exit 2; standard input is a filter. UPDATE=1 rewrites the listing
# (review the diff).
set -u
fail() { echo "FAIL: $*"; exit 1; }
tool=$TOP/build/tests/apply-fixes
[ -x "$tool" ] || fail "$tool is not built (make test builds it)"
dir=$(mktemp -d) || exit 1
trap 'chmod -R u+w "$dir" 2>/dev/null; rm -rf "$dir"' EXIT
chmod 755 "$dir"
cd "$TOP" || exit 1
mkdir "$dir/f" "$dir/lib" "$dir/orig"
for f in tests/golden/mistakes/*.wg tests/golden/drafts/*.wg examples/broken/*.wg; do
  name=$(basename "$(dirname "$f")")-$(basename "$f")
  cp "$f" "$dir/f/$name"
  cp "$f" "$dir/orig/$name"
  "$tool" "$f" >"$dir/lib/$name" 2>/dev/null || fail "apply-fixes $f"
done
cd "$dir" || exit 1
state() { for f in f/*.wg; do printf '%s %s %s\n' "$f" "$(stat -c '%y %a %U' "$f")" "$(sha256sum <"$f")"; done; }

# Files without a safe fix (the library applies none) keep their time.
touch -d '2020-01-01 00:00' f/*.wg
chmod 600 f/drafts-first-draft.wg
[ "$(id -u)" = 0 ] && chown nobody f/drafts-first-draft.wg
owner=$(stat -c '%U' f/drafts-first-draft.wg)

# 1. One run over the folder: "NAME: fixed N mistakes" before what is left.
"$WGC" check --fix --color never f >out 2>err; rc=$?
[ $rc = 1 ] || fail "--fix exits $rc: $(tail -3 err)"
[ ! -s out ] || fail "--fix printed on stdout: $(head -3 out)"
grep -qx 'f/drafts-curly-paste.wg: fixed 12 mistakes' err || fail "no word of the fixes: $(grep fixed err)"
first=$(grep -n 'f/drafts-curly-paste.wg' err | head -1 | cut -d: -f1)
[ "$(sed -n "${first}p" err)" = 'f/drafts-curly-paste.wg: fixed 12 mistakes' ] ||
  fail "the fixes are not said before the file's diagnostics"
grep -E '^ += help: ' err && fail "a safe fix is left"
for f in f/*.wg; do
  cmp -s "$f" "lib/${f#f/}" || fail "$f: the command and the library disagree: $(diff "lib/${f#f/}" "$f" | head -5)"
  if cmp -s "$f" "orig/${f#f/}"; then
    [ "$(stat -c %Y "$f")" = "$(date -d '2020-01-01 00:00' +%s)" ] || fail "$f had no safe fix, yet was touched"
    untouched=$((${untouched:-0} + 1))
  fi
done
[ "$(stat -c '%a %U' f/drafts-first-draft.wg)" = "600 $owner" ] ||
  fail "mode or owner changed: $(stat -c '%a %U' f/drafts-first-draft.wg)"
ls -A f | grep -q wgc- && fail "a temporary file was left: $(ls -A f)"
[ "${untouched:-0}" -ge 3 ] || fail "too few files without a safe fix to tell: ${untouched:-0}"

# 2. What is left is exactly what has no safe fix: the golden listing.
"$WGC" check --format json f | jq -r '.diagnostics[] | "\(.file):\(.line):\(.column): \(.code) \(.message)"' >left.txt
"$WGC" check --format json f | jq -e '[.diagnostics[] | select(.fixes and .fixes[0].safe)] == []' >/dev/null ||
  fail "a diagnostic with a safe fix is left"
if [ "${UPDATE:-0}" = 1 ]; then cp left.txt "$TOP/tests/cli/check-fix.txt"; fi
diff -u "$TOP/tests/cli/check-fix.txt" left.txt >diff.txt || fail "what is left differs: $(head -40 diff.txt)"

# 3. A second run finds nothing to do: no byte, no time, no word changes.
before=$(state)
sleep 0.01
"$WGC" check --fix --color never f >/dev/null 2>err2
[ "$before" = "$(state)" ] || fail "a second --fix changed files: $(diff <(echo "$before") <(state))"
grep -q ': fixed ' err2 && fail "a second --fix says it fixed: $(grep ': fixed ' err2)"
"$WGC" check --color never f 2>err3 >/dev/null
cmp -s err2 err3 || fail "after --fix, --fix reports otherwise than check: $(diff err3 err2 | head)"

# 4. Files that cannot be written (as user nobody: tests run as root, whom
# modes do not stop): a read-only file, in a writable folder or a
# read-only one, is left as it was, with its time; its diagnostics are
# those of the file as it is; the others are fixed; exit 2. A writable
# file in a read-only folder is rewritten in place (docs/output.md).
as="setpriv --reuid=65534 --regid=65534 --clear-groups"
if [ "$(id -u)" = 0 ] && $as "$WGC" --version >/dev/null 2>&1; then
  mkdir -p ro/locked
  cp "$TOP/tests/golden/mistakes/wrong-quotes.wg" ro/a.wg
  cp "$TOP/tests/golden/mistakes/wrong-quotes.wg" ro/locked/b.wg
  cp "$TOP/tests/golden/mistakes/range-dashes.wg" ro/locked/c.wg
  cp "$TOP/tests/golden/mistakes/key-synonyms.wg" ro/d.wg
  touch -d '2020-01-01 00:00' ro/a.wg ro/locked/b.wg
  chown -R 65534:65534 ro && chmod 444 ro/a.wg ro/locked/b.wg && chmod 555 ro/locked
  sums() { sha256sum ro/a.wg ro/locked/b.wg; stat -c %Y ro/a.wg ro/locked/b.wg; }
  was=$(sums)
  $as "$WGC" check --fix --color never ro >out 2>err; rc=$?
  [ $rc = 2 ] || fail "unwritable files: exit $rc"
  [ "$was" = "$(sums)" ] || fail "an unwritable file changed"
  grep -qx "wgc: cannot write \`ro/a.wg\`: Permission denied" err || fail "read-only file: $(head -3 err)"
  grep -qx "wgc: cannot write \`ro/locked/b.wg\`: Permission denied" err || fail "read-only folder: $(head -3 err)"
  grep -q '^ro/a.wg:.*WG104' err && grep -qE '^ += help: write straight' err ||
    fail "the unwritten file is not reported as it is"
  cmp -s ro/locked/c.wg "$dir/lib/mistakes-range-dashes.wg" || fail "the writable file in a read-only folder was not fixed"
  cmp -s ro/d.wg "$dir/lib/mistakes-key-synonyms.wg" || fail "the other files were not fixed"
  ls -A ro ro/locked | grep -q wgc- && fail "a temporary file was left"
else
  echo "note: cannot run wgc as user nobody: the unwritable cases are skipped"
fi

# 5. Standard input: the fixed text on stdout (all of it, even with
# nothing to fix), what is left on stderr; other formats refused there.
"$WGC" check --fix --stdin-filename draft.wg - <"$TOP/tests/golden/drafts/curly-paste.wg" >out 2>err
[ $? = 1 ] || fail "stdin: exit"
cmp -s out lib/drafts-curly-paste.wg || fail "stdin: not the fixed text"
grep -qx 'draft.wg: fixed 12 mistakes' err || fail "stdin: $(head -3 err)"
"$WGC" check --fix - <"$TOP/examples/wgec.wg" >out 2>err || fail "stdin, clean: exit $?"
cmp -s out "$TOP/examples/wgec.wg" && [ ! -s err ] || fail "stdin, clean: not passed through"
"$WGC" check --fix --format json - </dev/null >/dev/null 2>err; [ $? = 2 ] || fail "--fix - --format json is no usage error"
"$WGC" json --fix "$TOP/examples/wgec.wg" >/dev/null 2>&1; [ $? = 2 ] || fail "json --fix is no usage error"

# 6. Other formats report what is left, in the files as fixed.
cp "$TOP/tests/golden/drafts/first-draft.wg" j.wg
"$WGC" check --fix --format json --quiet j.wg >out.json 2>err; [ $? = 1 ] || fail "json: exit"
[ ! -s err ] || fail "--quiet still said: $(cat err)"
jq -e '.summary.errors == 5 and ([.diagnostics[].code] | index("WG204") == null)' out.json >/dev/null ||
  fail "json after --fix: $(jq -c .summary out.json)"
cmp -s j.wg lib/drafts-first-draft.wg || fail "json: not fixed"

# 7. Rounds of compilations freed, writes clean: valgrind, on the plain
# build (tests/run --all runs this script under ASan and TSan too).
if command -v valgrind >/dev/null && [ "$WGC" = "$TOP/build/wgc" ]; then
  mkdir vg && cp orig/drafts-*.wg orig/mistakes-missing-close-brace.wg vg/
  valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all \
    "$WGC" check --fix -j 1 vg >/dev/null 2>vg.err
  [ $? != 99 ] && ! grep -q '^==' vg.err || fail "valgrind: $(grep '^==' vg.err | head -20)"
  for f in vg/*.wg; do cmp -s "$f" "lib/${f#vg/}" || fail "valgrind run: $f not fixed"; done
fi
exit 0
