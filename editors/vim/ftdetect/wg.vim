" .wg working-group charters (checked by wgc)
autocmd BufRead,BufNewFile *.wg setfiletype wg
