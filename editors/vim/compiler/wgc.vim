" Vim compiler file for wgc, the checker for .wg working-group charters.
" `:compiler wgc`, then `:make %` checks the current file and fills the
" quickfix list. makeprg runs `wgc` from PATH; for another binary,
"   :let &l:makeprg = 'build/wgc check --color never --column-unit byte'
if exists("current_compiler")
  finish
endif
let current_compiler = "wgc"

if exists(":CompilerSet") != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

" Columns in bytes, as the quickfix list counts them (`%c`): in characters
" it would land a byte off after each accented letter.
CompilerSet makeprg=wgc\ check\ --color\ never\ --column-unit\ byte

" wgc's diagnostics are GCC-style: `file:line:col: error[WG204]: message`,
" `... warning[WG506]: ...`, and `file:line:col: note: ...` for the related
" places. The message keeps its code (`[WG204]: ...`) for `wgc explain`.
" Kept too: `wgc: ...` (a file that cannot be read). Dropped: the excerpts
" under each diagnostic (they start with a space) and the summary line.
CompilerSet errorformat=
      \%f:%l:%c:\ %trror%m,
      \%f:%l:%c:\ %tarning%m,
      \%f:%l:%c:\ %tote:\ %m,
      \%+Gwgc:\ %.%#,
      \%-G%.%#

let &cpo = s:cpo_save
unlet s:cpo_save
