# bash completion for wgc: commands, options, their values, the rule
# names for --allow, --deny and explain (asked of `wgc rules`, so they
# are always current), and .wg files and folders. Installed by `make
# install` as share/bash-completion/completions/wgc; to try it from the
# source, `. completions/wgc.bash`.

_wgc_rules() {
  # "WG301  error    seat-count-mismatch   ...": the codes and the names.
  command wgc rules 2>/dev/null | awk '{ print $1; print $3 }'
}

_wgc() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local cmd=${COMP_WORDS[1]} value=
  local commands="check json dot explain rules schema help"
  local common="--format --allow --deny --werror --as-of --color --quiet --max-diagnostics
    --column-unit --stdin-filename --help --"
  COMPREPLY=()
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  # --option=VALUE is completed as --option VALUE would be. Bash splits
  # words at `=` (COMP_WORDBREAKS): `--format`, `=`, `s`.
  if [ "$cur" = = ]; then
    cur=
    value=1
  elif [ "$prev" = = ] && [ "$COMP_CWORD" -gt 2 ]; then
    prev=${COMP_WORDS[COMP_CWORD-2]}
    value=1
  elif [[ $cur == --*=* ]]; then
    prev=${cur%%=*}
    cur=${cur#*=}
    value=1
  fi
  case $prev in
  --format)
    case $cmd in
    rules) COMPREPLY=($(compgen -W "text markdown json" -- "$cur")) ;;
    schema) COMPREPLY=($(compgen -W "json markdown" -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "text json sarif github gitlab" -- "$cur")) ;;
    esac
    return ;;
  --allow|--deny) COMPREPLY=($(compgen -W "$(_wgc_rules)" -- "$cur")); return ;;
  --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
  --column-unit) COMPREPLY=($(compgen -W "char byte" -- "$cur")); return ;;
  --render) COMPREPLY=($(compgen -W "svg png pdf" -- "$cur")); return ;;
  -o|--stdin-filename) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  --as-of|--max-diagnostics|--jobs|-j) return ;;
  esac
  [ -n "$value" ] && return
  case $cmd in
  explain)
    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "--wrong --fixed --help" -- "$cur"))
    else COMPREPLY=($(compgen -W "$(_wgc_rules)" -- "$cur")); fi
    return ;;
  rules|schema) COMPREPLY=($(compgen -W "--format --help" -- "$cur")); return ;;
  check) common="$common --jobs --fix" ;;
  json) common="$common -o" ;;
  dot) common="$common -o --render" ;;
  *) return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$common" -- "$cur"))
    return
  fi
  # Files: the .wg ones, and folders to go into (or to check).
  local IFS=$'\n'
  COMPREPLY=($(compgen -f -X '!*.wg' -- "$cur") $(compgen -d -- "$cur"))
  compopt -o filenames 2>/dev/null
}
complete -F _wgc wgc
