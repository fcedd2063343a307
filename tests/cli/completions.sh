# Shell completions (issue 19). bash: sourcing completions/wgc.bash
# registers `complete -F _wgc wgc`, and completing `wgc check --al` gives
# `--allow`; commands, option values, rule names from `wgc rules` and .wg
# files complete too, with `--opt=value` split as bash splits it. zsh: the
# same through zsh's own completion system, driven in a pseudo-terminal.
set -u
fail() { echo "FAIL: $*"; exit 1; }
cd "$TOP/tests/golden/cli" || exit 1

# The completions run `wgc rules`: the wgc under test, first on PATH.
BIN=$(mktemp -d)/bin
trap 'rm -rf "$(dirname "$BIN")"' EXIT
mkdir -p "$BIN" && ln -s "$WGC" "$BIN/wgc"
export PATH="$BIN:$PATH" BIN

# complete WORDS...: what bash offers for the last word.
complete_bash() {
  bash --norc -c '
    . "$TOP/completions/wgc.bash"
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _wgc; [ ${#COMPREPLY[@]} -gt 0 ] || exit 0
    printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' complete "$@"
}
[ "$(bash --norc -c '. "$TOP/completions/wgc.bash"; complete -p wgc')" = "complete -F _wgc wgc" ] ||
  fail "bash: complete -p wgc after sourcing"
[ "$(complete_bash wgc check --al)" = "--allow " ] || fail "bash: wgc check --al gave $(complete_bash wgc check --al)"
[ "$(complete_bash wgc ch)" = "check " ] || fail "bash: wgc ch"
[ "$(complete_bash wgc check --allow unused-d)" = "unused-declaration " ] || fail "bash: --allow unused-d"
[ "$(complete_bash wgc explain WG30)" = "$("$WGC" rules | awk '$1 ~ /^WG30/ { printf "%s ", $1 }')" ] ||
  fail "bash: explain WG30 gave $(complete_bash wgc explain WG30)"
[ "$(complete_bash wgc check --format = gi)" = "github gitlab " ] || fail "bash: --format=gi (split at =)"
[ "$(complete_bash wgc check --format=s)" = "sarif " ] || fail "bash: --format=s"
[ "$(complete_bash wgc rules --format "")" = "json markdown text " ] || fail "bash: rules --format"
[ "$(complete_bash wgc check --column-unit b)" = "byte " ] || fail "bash: --column-unit"
[ "$(complete_bash wgc check column-unit-b)" = "column-unit-byte.wg " ] || fail "bash: a .wg file"
[ -z "$(complete_bash wgc check column-unit-byte.gi)" ] || fail "bash: a file that is no .wg"
[ "$(complete_bash wgc dot --re)" = "--render " ] || fail "bash: dot --re"
[ "$(complete_bash wgc check --fi)" = "--fix " ] || fail "bash: check --fi"

# zsh, in a pseudo-terminal: the line after a tab.
command -v zsh >/dev/null || { echo "note: no zsh: its completion is not tested"; exit 0; }
cat >"$BIN.zsh" <<'ZSH'
zmodload zsh/zpty
setopt extendedglob
zpty z zsh -f -i
zpty -w z "PS1='' PROMPT='' RPROMPT=''; fpath=($TOP/completions \$fpath); path=($BIN \$path); autoload -U compinit; compinit -u -D"
zpty -w z "echo READY"
out=
for i in {1..100}; do zpty -r -t z chunk && out+=$chunk; [[ $out == *READY* ]] && break; sleep 0.05; done
zpty -w -n z "$1"$'\t'
out=
for i in {1..20}; do while zpty -r -t z chunk; do out+=$chunk; done; sleep 0.05; done
zpty -d z
print -r -- "${${out##*$'\r'}//$'\e'\[[0-9;?]#[A-Za-z]/}"
ZSH
complete_zsh() { timeout 20 zsh -f "$BIN.zsh" "$1" | tr -d '\a' | sed 's/ *$//'; }
[ "$(complete_zsh 'wgc check --al')" = "wgc check --allow=" ] || fail "zsh: wgc check --al gave '$(complete_zsh 'wgc check --al')'"
[ "$(complete_zsh 'wgc ch')" = "wgc check" ] || fail "zsh: wgc ch gave '$(complete_zsh 'wgc ch')'"
[ "$(complete_zsh 'wgc check --allow unused-d')" = "wgc check --allow unused-declaration" ] || fail "zsh: rule name"
[ "$(complete_zsh 'wgc check --format=sa')" = "wgc check --format=sarif" ] || fail "zsh: --format=sa gave '$(complete_zsh 'wgc check --format=sa')'"
exit 0
