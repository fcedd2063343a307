" Vim filetype plugin for .wg working-group charters: comments, and names
" with `-` (`wg-strategy`) as one word for `*`, `w` and completion.
if exists("b:did_ftplugin")
  finish
endif
let b:did_ftplugin = 1

setlocal comments=:# commentstring=#\ %s
setlocal iskeyword+=-

let b:undo_ftplugin = "setlocal comments< commentstring< iskeyword<"
