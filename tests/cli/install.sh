# `make install` and `make uninstall` (issue 19): with DESTDIR and PREFIX,
# exactly these files land (the library's with them), with these modes; the binary runs from there;
# Neovim finds the editor files and bash and zsh the completions where
# the install put them; uninstall removes every file and nothing else.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cd "$TOP" || exit 1
dest=$dir/stage
make -s install DESTDIR="$dest" PREFIX=/opt/wgc >"$dir/log" 2>&1 || fail "make install: $(tail -5 "$dir/log")"
(cd "$dest" && find . \( -type f -o -type l \) -printf '%m %p\n' | sort) >"$dir/got"
{
  echo "755 ./opt/wgc/bin/wgc"
  echo "644 ./opt/wgc/share/bash-completion/completions/wgc"
  for f in $(ls editors/emacs/*.el 2>/dev/null); do echo "644 ./opt/wgc/share/emacs/site-lisp/$(basename "$f")"; done
  echo "644 ./opt/wgc/share/man/man1/wgc.1"
  echo "644 ./opt/wgc/share/man/man5/wg.5"
  for d in nvim/site vim/vimfiles; do
    for f in compiler/wgc.vim ftdetect/wg.vim ftplugin/wg.vim syntax/wg.vim; do
      echo "644 ./opt/wgc/share/$d/$f"
    done
  done
  echo "644 ./opt/wgc/share/zsh/site-functions/_wgc"
  # The library (make install-lib, docs/library.md).
  echo "644 ./opt/wgc/include/wg.h"
  echo "644 ./opt/wgc/lib/libwg.a"
  echo "777 ./opt/wgc/lib/libwg.so"
  echo "755 ./opt/wgc/lib/libwg.so.2"
  echo "644 ./opt/wgc/lib/pkgconfig/wg.pc"
} | sort >"$dir/want"
diff -u "$dir/want" "$dir/got" || fail "make install put other files"
cmp -s build/wgc "$dest/opt/wgc/bin/wgc" || fail "the installed wgc is not build/wgc"
"$dest/opt/wgc/bin/wgc" check examples/wgec.wg || fail "the installed wgc does not run"
cmp -s man/wgc.1 "$dest/opt/wgc/share/man/man1/wgc.1" || fail "wgc.1 differs"
MANPATH="$dest/opt/wgc/share/man" man -w wgc >/dev/null 2>&1 || fail "man does not find wgc(1) under the installed man path"

# Neovim's runtime path takes share/nvim/site from XDG_DATA_DIRS: a .wg
# file there gets the wg filetype and syntax.
if command -v nvim >/dev/null; then
  XDG_DATA_DIRS="$dest/opt/wgc/share" HOME="$dir" XDG_CONFIG_HOME="$dir/c" XDG_STATE_HOME="$dir/s" \
    timeout 20 nvim --headless -n -i NONE -c 'syntax on' -c 'filetype plugin on' -c "edit examples/wgec.wg" \
      -c "call writefile([&filetype, get(b:, 'current_syntax', '')], '$dir/nvim.out')" -c 'qall!' >/dev/null 2>&1
  [ "$(tr '\n' ' ' <"$dir/nvim.out" 2>/dev/null)" = "wg wg " ] ||
    fail "nvim with the installed files: filetype/syntax $(cat "$dir/nvim.out" 2>/dev/null)"
fi
# bash-completion loads completions/wgc from XDG_DATA_DIRS on demand.
if [ -f /usr/share/bash-completion/bash_completion ]; then
  out=$(XDG_DATA_DIRS="$dest/opt/wgc/share:/usr/share" PATH="$dest/opt/wgc/bin:$PATH" bash --norc -i -c '
    . /usr/share/bash-completion/bash_completion
    _completion_loader wgc 2>/dev/null || __load_completion wgc
    complete -p wgc' 2>/dev/null)
  [ "$out" = "complete -F _wgc wgc" ] || fail "bash-completion does not load the installed file: $out"
fi

make -s uninstall DESTDIR="$dest" PREFIX=/opt/wgc >"$dir/log" 2>&1 || fail "make uninstall: $(tail -5 "$dir/log")"
left=$(find "$dest" \( -type f -o -type l \))
[ -z "$left" ] || fail "make uninstall left: $left"
# Uninstalling leaves other files in the same folders alone.
mkdir -p "$dest/opt/wgc/bin" && echo mine >"$dest/opt/wgc/bin/other"
make -s uninstall DESTDIR="$dest" PREFIX=/opt/wgc >/dev/null 2>&1
[ -f "$dest/opt/wgc/bin/other" ] || fail "make uninstall removed a file it did not install"
exit 0
