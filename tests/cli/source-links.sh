# The code's hidden links stay explicit (docs/style.md): rules are
# reported by their RULE_ names from rules.h's list, never by a bare
# number, and the code's comments point at the repository's own docs
# (docs/*.md), not at the contracts outside it (LANGUAGE.md, RULES.md,
# CLI.md) nor at any other file there.
set -eu
cd "$TOP"
bad=0
if grep -rnE '\b(diag_report|lex_report)\([^,]*, *[0-9]|code *[!=]= *[1-7][0-9][0-9]\b' \
     compiler runtime --include='*.c' --include='*.h' --include='*.re' --include='*.y'; then
  echo "FAIL: a rule reported or compared by number: use its RULE_ name (compiler/rules.h)"; bad=1
fi
if grep -rnE '(/work/|\.\./)shared|\<(LANGUAGE|RULES|CLI|STYLE)\.md' compiler runtime \
     --include='*.c' --include='*.h' --include='*.re' --include='*.y'; then
  echo "FAIL: a comment points outside the repository: point at docs/*.md"; bad=1
fi
exit $bad
