# The CI recipes of docs/ci.md (issue 19), run as far as this machine
# allows: the GitHub Action's build and check steps as the runner would
# run them (its inputs as variables, its outputs in GITHUB_OUTPUT and
# GITHUB_PATH), the workflows' inputs against the action's, the GitLab
# job's script in a shell as GitLab's runner sets it (errexit, pipefail),
# its Code Quality report against its schema; docs/ci.md shows each file
# as it is. The YAML is read with Debian's PyYAML.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cd "$TOP" || exit 1
py=/usr/bin/python3
$py -c 'import yaml' 2>/dev/null || { echo "note: no PyYAML (python3-yaml): the CI recipes are not tested"; exit 0; }
yaml() { $py -c 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))' "$1"; }
mkdir "$dir/bin" && ln -s "$WGC" "$dir/bin/wgc"
export PATH="$dir/bin:$PATH"

# Charters to check: some with errors, some clean.
mkdir -p "$dir/repo/charters/broken"
cp examples/*.wg "$dir/repo/charters/"
cp examples/broken/owners.wg examples/broken/cycle.wg "$dir/repo/charters/broken/"

# docs/ci.md shows every recipe whole.
for f in action.yml ci/github-check.sh ci/github-workflow.yml ci/github-workflow-sarif.yml ci/gitlab-ci.yml \
         .pre-commit-hooks.yaml; do
  $py - "$f" docs/ci.md <<'PY' || fail "docs/ci.md does not show $f as it is"
import sys
sys.exit(0 if open(sys.argv[1]).read() in open(sys.argv[2]).read() else 1)
PY
done

# --- GitHub --------------------------------------------------------------------
yaml action.yml >"$dir/action.json"
jq -e '.runs.using == "composite" and ([.runs.steps[] | select(.run) | .shell == "bash"] | all)
  and (.inputs | keys) == ["args", "fail-on-error", "format", "paths", "sarif-file"]' "$dir/action.json" >/dev/null ||
  fail "action.yml: not a composite action with bash steps and the documented inputs"
# No input is pasted into a script's text (script injection): env only.
jq -e '[.runs.steps[] | select(.run) | .run | test("inputs\\.")] | any | not' "$dir/action.json" >/dev/null ||
  fail "action.yml: an input is pasted into a run script"
for w in ci/github-workflow.yml ci/github-workflow-sarif.yml; do
  yaml "$w" | jq -e --slurpfile a "$dir/action.json" '
    [.jobs[].steps[] | select(.uses == "OWNER/wgc@REF") | .with // {} | keys[]] as $used
    | ($used - ($a[0].inputs | keys)) == [] and ([.jobs[].steps[] | select(.uses == "OWNER/wgc@REF")] | length) == 1' \
    >/dev/null || fail "$w: uses the action with inputs it does not have"
done

# step ID: the run script of the action's step with that id (or name).
step() { jq -r --arg id "$1" '.runs.steps[] | select(.id == $id or .name == $id) | .run' "$dir/action.json"; }
export GITHUB_ACTION_PATH=$TOP
# The build step: builds (here, already built) and puts build/ on PATH.
: >"$dir/github_path"
(GITHUB_PATH="$dir/github_path" bash -e -c "$(step 'Build wgc')") >"$dir/log" 2>&1 || fail "build step: $(tail -5 "$dir/log")"
[ "$(cat "$dir/github_path")" = "$TOP/build" ] || fail "build step: GITHUB_PATH has $(cat "$dir/github_path")"

# check FORMAT FAIL ARGS: runs the check step with the action's defaults
# for the inputs not given, as GitHub maps them to its env.
check() {
  : >"$dir/github_output"
  (cd "$dir/repo" && WGC_PATHS=charters WGC_FORMAT=$1 WGC_FAIL_ON_ERROR=$2 WGC_ARGS=$3 WGC_SARIF=wgc.sarif \
    GITHUB_OUTPUT="$dir/github_output" bash -e -c "$(step check)") >"$dir/out" 2>"$dir/err"
}
check github true ""; rc=$?
[ $rc = 1 ] || fail "check step, github: exit $rc: $(head -3 "$dir/err")"
grep -q '^::error file=charters/broken/cycle.wg,line=' "$dir/out" || fail "check step: no annotation: $(head -3 "$dir/out")"
[ "$(grep -vc '^::' "$dir/out")" = 0 ] || fail "check step: stdout not all workflow commands"
[ "$(cat "$dir/github_output")" = "exit-code=1" ] || fail "check step: output $(cat "$dir/github_output")"
check github false ""; rc=$?
[ $rc = 0 ] && [ "$(cat "$dir/github_output")" = "exit-code=1" ] || fail "fail-on-error false: exit $rc"
check github true "--allow unused-declaration --max-diagnostics 1"; rc=$?
[ $rc = 1 ] && ! grep -q 'WG701' "$dir/out" || fail "args: not passed on: $(head -3 "$dir/out")"
check sarif true ""; rc=$?
[ $rc = 1 ] || fail "check step, sarif: exit $rc"
node tests/tools/validate.js --sarif "$dir/repo/wgc.sarif" >/dev/null 2>"$dir/err" || fail "SARIF: $(cat "$dir/err")"
jq -e '.runs[0].results | length > 3' "$dir/repo/wgc.sarif" >/dev/null || fail "SARIF: no results"
check xml true ""; [ $? = 2 ] || fail "check step: an unknown format must fail"
(cd "$dir/repo" && WGC_PATHS="charters/wgec.wg" GITHUB_OUTPUT="$dir/github_output" bash -e -c "$(step check)") \
  >/dev/null 2>&1 || fail "check step, a clean charter: exit $?"

# --- GitLab -------------------------------------------------------------------
yaml ci/gitlab-ci.yml >"$dir/gitlab.json"
jq -e '.wgc.artifacts.when == "always" and .wgc.artifacts.reports.codequality == "gl-code-quality-report.json"' \
  "$dir/gitlab.json" >/dev/null || fail "gitlab-ci.yml: the report is not an artifact kept always"
jq -r '.wgc.script[]' "$dir/gitlab.json" >"$dir/script.sh"
# gitlab JOB-FOLDER: the job's script, as the runner runs it.
gitlab() { (cd "$1" && bash -eo pipefail "$dir/script.sh") >"$dir/out" 2>&1; }
gitlab "$dir/repo"; rc=$?
[ $rc = 1 ] || fail "gitlab job with errors: exit $rc: $(tail -3 "$dir/out")"
report=$dir/repo/gl-code-quality-report.json
node tests/tools/validate.js tests/tools/gitlab-code-quality.schema.json "$report" >/dev/null 2>"$dir/err" ||
  fail "Code Quality report: $(cat "$dir/err")"
jq -e '([.[].fingerprint] | length) == ([.[].fingerprint] | unique | length) and length > 3
  and ([.[].location.path] | unique | index("charters/broken/cycle.wg"))' "$report" >/dev/null ||
  fail "Code Quality report: fingerprints not unique, or issues missing"
grep -q 'error\[WG' "$dir/out" || fail "gitlab job: the log has no diagnostics"
mkdir "$dir/clean" && cp examples/wgec.wg "$dir/clean/"
gitlab "$dir/clean"; rc=$?
[ $rc = 0 ] && [ "$(jq length "$dir/clean/gl-code-quality-report.json")" = 0 ] || fail "gitlab job, clean: exit $rc"

# --- pre-commit's hook file -------------------------------------------------------
yaml .pre-commit-hooks.yaml | jq -e '[.[].id] == ["wgc-check", "wgc-fmt"]
  and ([.[] | .language == "system" and .files == "\\.wg$"] | all)
  and .[0].entry == "wgc check" and .[1].entry == "wgc fmt -w"' >/dev/null ||
  fail ".pre-commit-hooks.yaml: not the two documented hooks"
exit 0
