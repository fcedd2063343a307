#!/usr/bin/env bash
# The check step of the GitHub Action (action.yml), a script so that its
# inputs arrive as variables, never pasted into the shell's text:
#   WGC_PATHS   files and folders, separated by spaces (default .)
#   WGC_FORMAT  github (annotations) or sarif (written to WGC_SARIF)
#   WGC_ARGS    more options for wgc check
#   WGC_FAIL_ON_ERROR  false: exit 0 after errors in the charters
# Sets the step's output exit-code; exits with wgc's status (2 always
# fails: a file could not be read).
set -u
read -r -a paths <<<"${WGC_PATHS:-.}"
read -r -a args <<<"${WGC_ARGS:-}"
case ${WGC_FORMAT:-github} in
github)
  wgc check --format github "${args[@]}" -- "${paths[@]}"
  status=$? ;;
sarif)
  wgc check --format sarif "${args[@]}" -- "${paths[@]}" >"${WGC_SARIF:-wgc.sarif}"
  status=$?
  # The same findings in the log, readable.
  wgc check --color always "${args[@]}" -- "${paths[@]}" || true ;;
*)
  echo "::error title=wgc::format must be github or sarif, not \`${WGC_FORMAT}\`"
  exit 2 ;;
esac
[ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=$status" >>"$GITHUB_OUTPUT"
if [ $status = 1 ] && [ "${WGC_FAIL_ON_ERROR:-true}" = false ]; then exit 0; fi
exit $status
