# The code's hidden links stay explicit (docs/style.md): rules are
# reported by their RULE_ names from rules.h's list, never by a bare
# number, and comments point at the repository's own docs, not at files
# outside it.
set -eu
cd "$TOP"
bad=0
if grep -rnE '\b(diag_report|lex_report)\([^,]*, *[0-9]|code *[!=]= *[1-7][0-9][0-9]\b' \
     compiler runtime --include='*.c' --include='*.h' --include='*.re' --include='*.y'; then
  echo "FAIL: a rule reported or compared by number: use its RULE_ name (compiler/rules.h)"; bad=1
fi
if grep -rnE '(/work/|\.\./)shared' compiler runtime tests bench scripts Makefile \
     --include='*.c' --include='*.h' --include='*.re' --include='*.y' --include='*.sh' --include='Makefile' \
     | grep -v '^tests/cli/source-links.sh:'; then
  echo "FAIL: a comment points outside the repository: point at docs/*.md"; bad=1
fi
exit $bad
