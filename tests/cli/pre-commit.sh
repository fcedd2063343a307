# The pre-commit hooks (issue 19; .pre-commit-hooks.yaml), with Debian's
# pre-commit: in a repository of charters, `pre-commit try-repo` runs
# wgc-check from this repository on the staged files, failing on a
# charter with errors and passing a clean one; and a .pre-commit-config
# naming this repository at its commit runs it at `git commit`. wgc-fmt
# is tried once `wgc fmt` exists. No network: language system.
set -u
fail() { echo "FAIL: $*"; exit 1; }
pc=/usr/bin/pre-commit
[ -x $pc ] || { echo "note: no /usr/bin/pre-commit: the hooks are not tested"; exit 0; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/bin" && ln -s "$WGC" "$dir/bin/wgc"
# Debian's pre-commit and the git it runs, and the wgc under test.
export PATH="$dir/bin:/usr/bin:/bin" PRE_COMMIT_HOME="$dir/cache" HOME="$dir"
git config --global user.email test@example.org && git config --global user.name test
git config --global init.defaultBranch main
git config --global --add safe.directory '*'
repo=$dir/charters
mkdir "$repo" && cd "$repo" && git init -q || fail "git init"
cp "$TOP/examples/wgec.wg" good.wg
cp "$TOP/tests/golden/structure/undefined-reference.wg" bad.wg
echo "not a charter" >notes.txt
git add . || fail "git add"

timeout 120 $pc try-repo "$TOP" wgc-check --files good.wg notes.txt >"$dir/out" 2>&1; rc=$?
[ $rc = 0 ] && grep -q '^wgc check.*Passed' "$dir/out" || fail "wgc-check on a clean charter: exit $rc: $(tail -5 "$dir/out")"
timeout 120 $pc try-repo "$TOP" wgc-check --files good.wg bad.wg >"$dir/out" 2>&1; rc=$?
[ $rc = 1 ] && grep -q '^wgc check.*Failed' "$dir/out" && grep -q 'bad.wg:14:9: error\[WG204\]' "$dir/out" ||
  fail "wgc-check on a charter with errors: exit $rc: $(tail -8 "$dir/out")"
timeout 120 $pc try-repo "$TOP" wgc-check --files notes.txt >"$dir/out" 2>&1
grep -q '^wgc check.*(no files to check)Skipped' "$dir/out" || fail "wgc-check ran on a file that is no .wg: $(tail -3 "$dir/out")"

# As a project uses it: a config naming this repository at a commit that
# has the hooks, and `git commit` stopped by the bad charter.
rev=$(git -C "$TOP" log -1 --format=%H -- .pre-commit-hooks.yaml)
if [ -n "$rev" ]; then
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: wgc-check\n' "$TOP" "$rev" >.pre-commit-config.yaml
  git add .pre-commit-config.yaml
  timeout 120 $pc install >/dev/null 2>&1 || fail "pre-commit install"
  timeout 120 git commit -q -m charters >"$dir/out" 2>&1 && fail "git commit passed with a bad charter"
  grep -q 'error\[WG204\]' "$dir/out" || fail "git commit: no diagnostics: $(tail -5 "$dir/out")"
  git rm -q --cached bad.wg && rm bad.wg
  timeout 120 git commit -q -m charters >"$dir/out" 2>&1 || fail "git commit of clean charters: $(tail -5 "$dir/out")"
fi

# wgc-fmt, once there is a `wgc fmt`.
if "$WGC" --help | grep -q '^  fmt '; then
  timeout 120 $pc try-repo "$TOP" wgc-fmt --files good.wg >"$dir/out" 2>&1 ||
    grep -q 'files were modified by this hook' "$dir/out" || fail "wgc-fmt: $(tail -5 "$dir/out")"
fi
exit 0
