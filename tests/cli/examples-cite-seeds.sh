# Every `depends_on`, `after`, `status` and `done` in examples/*.wg (not
# examples/broken/, which is made up) has a comment on its own line or on
# the line just above that names its seed (`seed 004`, `seeds 000 and
# 004`) and quotes it ("..."): the examples say only what their sources say
# (examples/README.md), and these are the properties most easily invented.
#
# With WG_SEEDS set to the folder of the seed documents (NNN_*.txt), each
# passage quoted in such a comment must also occur in a seed it names, up
# to white space, curly quotes and dashes; a passage may skip words with
# "...". Without it only the form is checked, and the script says so.
set -u
cd "$TOP" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# uncited FILE...: one line `FILE:LINE: `KEY` has no comment ...` per
# property without such a comment, and one `FILE:LINE: cite NNN...: PASSAGE`
# line per passage quoted in a citation, for the quote check. The language's strings ("...", """...""") and comments
# are taken off first, so the words in notes and titles do not count.
uncited() {
  awk '
    function cites(c) { return c ~ /[Ss]eeds? [0-9][0-9][0-9]/ && c ~ /"[^"]+"/ }
    function citation(c,   n, s, q, out) {
      s = c; n = ""
      while (match(s, /[0-9][0-9][0-9]/)) { n = n " " substr(s, RSTART, 3); s = substr(s, RSTART + 3) }
      s = c; out = ""
      while (match(s, /"[^"]+"/)) {
        q = substr(s, RSTART + 1, RLENGTH - 2); s = substr(s, RSTART + RLENGTH)
        printf "%s:%d: cite%s: %s\n", FILENAME, FNR, n, q
      }
    }
    FNR == 1 { intriple = 0; prevcomment = "" }
    {
      line = $0; code = ""
      while (line != "") {
        if (intriple) {
          i = index(line, "\"\"\""); if (i == 0) { line = ""; break }
          line = substr(line, i + 3); intriple = 0; continue
        }
        if (substr(line, 1, 3) == "\"\"\"") { intriple = 1; line = substr(line, 4); continue }
        c = substr(line, 1, 1)
        if (c == "#") break
        if (c == "\"") {
          if (match(line, /^"([^"\\]|\\.)*"/)) { code = code " \"\""; line = substr(line, RLENGTH + 1) }
          else { line = "" }
          continue
        }
        code = code c; line = substr(line, 2)
      }
      comment = (line ~ /^#/) ? line : ""
      if (match(code, /(^|[ \t{;])(depends_on|after|status|done)([ \t;}]|$)/)) {
        key = substr(code, RSTART, RLENGTH); gsub(/[^a-z_]/, "", key)
        if (cites(comment)) citation(comment)
        else if (cites(prevcomment)) citation(prevcomment)
        else printf "%s:%d: `%s` has no comment naming its seed and quoting it\n", FILENAME, FNR, key
      }
      prevcomment = (code ~ /^[ \t]*$/) ? comment : ""
    }' "$@"
}

# The check itself must be able to fail: a made-up file with one property
# of each kind cited and one of each not.
cat >"$tmp/sample.wg" <<'EOF'
deliverable a "A" {
  # seed 003: "Drafted questionnaire"
  status completed
  after M1  # seed 003, slide "WGEC 1st Meeting"
  depends_on b
  note "status completed # seed 003 \"quoted\""
}
deliverable b "B" { status ongoing }
# seed 003: "quoted" (a comment, then a blank line, then the property)

  done 2014-05
EOF
got=$(uncited "$tmp/sample.wg" | grep -v ': cite' | sed 's/^[^:]*://')
# shellcheck disable=SC2016 # the backquotes are the message's, not the shell's
want='5: `depends_on` has no comment naming its seed and quoting it
8: `status` has no comment naming its seed and quoting it
11: `done` has no comment naming its seed and quoting it'
if [ "$got" != "$want" ]; then
  echo "FAIL: the check itself finds, in its sample:"; echo "$got"; echo "instead of:"; echo "$want"; exit 1
fi

files=$(ls examples/*.wg)
[ -n "$files" ] || { echo "FAIL: no examples/*.wg"; exit 1; }
# shellcheck disable=SC2086
uncited $files >"$tmp/out"
bad=0
if grep -v ': cite' "$tmp/out"; then bad=1; fi

# The quotes, against the seeds themselves.
norm() { # white space, curly quotes and dashes made plain; one line out
  sed -e "s/’/'/g" -e "s/‘/'/g" -e 's/“/"/g' -e 's/”/"/g' -e 's/–/-/g' -e 's/—/-/g' |
    tr '\n\t' '  ' | tr -s ' '
  echo
}
if [ -z "${WG_SEEDS:-}" ]; then
  echo "note: WG_SEEDS is not set, so the quotes were not compared with the seeds" >&2
elif [ ! -d "$WG_SEEDS" ]; then
  echo "FAIL: WG_SEEDS=$WG_SEEDS is not a folder"; bad=1
else
  while IFS= read -r row; do
    where=${row%%: cite*}; rest=${row#*: cite }; nums=${rest%%: *}; quote=${rest#*: }
    text=""
    for n in $nums; do
      for f in "$WG_SEEDS/$n"_*.txt; do [ -f "$f" ] && text="$text $(norm <"$f")"; done
    done
    [ -n "$text" ] || { echo "$where: no seed $nums in $WG_SEEDS"; bad=1; continue; }
    # "..." in a quotation skips words: each piece must be in the seed.
    printf '%s\n' "$quote" | norm | sed 's/\.\.\./\n/g' | while IFS= read -r piece; do
      piece=$(printf '%s' "$piece" | sed 's/^ *//; s/ *$//')
      [ -n "$piece" ] || continue
      case $text in *"$piece"*) ;; *) echo "$where: \"$piece\" is not in seed $nums" ;; esac
    done
  done < <(grep ': cite' "$tmp/out") >"$tmp/quotes"
  if [ -s "$tmp/quotes" ]; then cat "$tmp/quotes"; bad=1; fi
fi
exit $bad
