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

" wgc counts columns in characters, Vim's %c in bytes: after `:make`, each
" entry's column is turned into the byte index of the same character in
" its line, so the cursor lands on it whatever accents, CJK or tabs come
" before. (A wgc with `--column-unit byte` can print byte columns itself.)
function! s:ByteColumns() abort
  let info = getqflist({'title': 1, 'items': 1})
  if info.title !~# 'wgc'
    return
  endif
  let lines = {}
  for e in info.items
    if e.bufnr <= 0 || e.lnum <= 0 || e.col <= 1
      continue
    endif
    if !has_key(lines, e.bufnr)
      let name = bufname(e.bufnr)
      let lines[e.bufnr] = bufloaded(e.bufnr) ? getbufline(e.bufnr, 1, '$')
            \ : filereadable(name) ? readfile(name) : []
    endif
    let text = get(lines[e.bufnr], e.lnum - 1, '')
    let byte = byteidxcomp(text, e.col - 1)
    if byte >= 0
      let e.col = byte + 1
    endif
  endfor
  call setqflist([], 'r', {'items': info.items})
endfunction

augroup wgc_compiler
  autocmd!
  autocmd QuickFixCmdPost make call s:ByteColumns()
augroup END

let &cpo = s:cpo_save
unlet s:cpo_save
