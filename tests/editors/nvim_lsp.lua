-- Neovim as a real client of `wgc lsp` (tests/cli/editor-neovim.sh runs
-- it headless): editors/vim/lua/wgc.lua starts the server for a .wg
-- buffer; the test waits for the diagnostics of a broken charter, then
-- asks for hover, definition, completion, a code action and a rename,
-- applies the rename and waits for the diagnostics to follow; formats a
-- charter in no layout (vim.lsp.buf.formatting_sync). Then the
-- quickfix list of `:compiler wgc` + `:make` on a line with accents,
-- CJK and tabs. Any failure quits with status 1 and says why.
local top, wgc, tmp = os.getenv('TOP'), os.getenv('WGC'), os.getenv('TMPDIR_TEST')
local failures, passed = 0, 0

local function check(ok, what)
  if ok then passed = passed + 1 end
  if not ok then
    failures = failures + 1
    io.stdout:write('FAIL: ' .. what .. '\n')
  end
  return ok
end

local function finish()
  for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end)
  io.stdout:write(passed .. ' checks passed, ' .. failures .. ' failed\n')
  if failures > 0 then vim.cmd('cquit 1') end
  vim.cmd('qall!')
end

vim.opt.runtimepath:prepend(top .. '/editors/vim')
vim.cmd('runtime! ftdetect/wg.vim') -- detection was set up before the package was added
vim.cmd('filetype plugin on')
vim.cmd('syntax on')
require('wgc').setup({ cmd = { wgc, 'lsp' } })

-- A copy of the broken charter of the transcripts, opened as a user would.
local file = tmp .. '/broken.wg'
vim.fn.writefile(vim.fn.readfile(top .. '/tests/lsp/broken.wg'), file)
vim.cmd('edit ' .. file)
local buf = vim.api.nvim_get_current_buf()
check(vim.bo.filetype == 'wg', 'filetype is ' .. vim.bo.filetype)

local function codes()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do out[#out + 1] = d.code end
  table.sort(out)
  return table.concat(out, ' ')
end

check(vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50), 'no diagnostics arrived')
check(codes() == 'WG203 WG204 WG507 WG507 WG507 WG701 WG705', 'diagnostics: ' .. codes())
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if d.code == 'WG204' then
    check(d.lnum == 21 and d.col == 8 and d.severity == vim.diagnostic.severity.ERROR,
      'WG204 at ' .. d.lnum .. ':' .. d.col)
  end
end

local function request(method, line, col, extra)
  local params = vim.tbl_extend('force', {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    position = { line = line, character = col },
  }, extra or {})
  local answers = vim.lsp.buf_request_sync(buf, method, params, 20000) or {}
  for _, a in pairs(answers) do
    if a.error then return nil, a.error.message end
    return a.result
  end
  return nil, 'no answer'
end

-- Hover on the misspelt owner: the rule explained.
local hover = request('textDocument/hover', 21, 10)
check(hover and hover.contents and hover.contents.value:find('WG204', 1, true), 'hover: ' .. vim.inspect(hover))
-- Hover on a body: what it is.
hover = request('textDocument/hover', 8, 6)
check(hover and hover.contents.value:find('secretariat', 1, true), 'hover on a body: ' .. vim.inspect(hover))

-- Definition of `CSTD` in `reports_to CSTD`.
local def = request('textDocument/definition', 1, 14)
check(def and def.range and def.range.start.line == 5 and def.range.start.character == 5,
  'definition: ' .. vim.inspect(def))

-- Completion on the misspelt owner offers the owners, the right one too.
local comp = request('textDocument/completion', 21, 14)
local labels = {}
for _, item in ipairs(comp and comp.items or {}) do labels[item.label] = true end
check(labels['secretariat'] and labels['WGEC'] and not labels['M1'], 'completion: ' .. vim.inspect(comp))

-- The quick fix for it.
local actions = request('textDocument/codeAction', 21, 10, {
  range = { start = { line = 21, character = 10 }, ['end'] = { line = 21, character = 10 } },
  context = { diagnostics = {} },
})
check(actions and actions[1] and actions[1].title == 'replace `secretariatt` with `secretariat`',
  'code action: ' .. vim.inspect(actions))

-- Rename the first `CSTD`: the duplicate (WG203) goes, and the second
-- `CSTD`, which nothing refers to now, is unused (WG701).
local edit = request('textDocument/rename', 5, 6, { newName = 'Commission' })
if check(edit and edit.changes, 'rename: ' .. vim.inspect(edit)) then
  vim.lsp.util.apply_workspace_edit(edit, 'utf-16')
  check(vim.api.nvim_buf_get_lines(buf, 1, 2, false)[1] == '  reports_to Commission', 'rename did not reach the reference')
  check(vim.api.nvim_buf_get_lines(buf, 5, 6, false)[1]:find('^body Commission') ~= nil, 'rename did not reach the body')
  check(vim.wait(20000, function() return codes() == 'WG204 WG507 WG507 WG507 WG701 WG701 WG705' end, 50),
    'diagnostics after the rename: ' .. codes())
end
-- A refused rename says why.
local _, why = request('textDocument/rename', 5, 6, { newName = 'due' })
check(why and why:find('keyword', 1, true), 'a rename to a keyword: ' .. tostring(why))

-- Formatting (vim.lsp.buf.formatting_sync, Neovim 0.7): the buffer gets
-- the layout of `wgc fmt`, and the cursor stays on its line, which the
-- edits (one per run of changed lines) did not touch.
local messy = tmp .. '/messy.wg'
vim.fn.writefile(vim.fn.readfile(top .. '/tests/lsp/messy.wg'), messy)
vim.cmd('edit ' .. messy)
local mbuf = vim.api.nvim_get_current_buf()
check(vim.wait(20000, function() return #vim.lsp.buf_get_clients(mbuf) > 0 end, 50), 'no client for messy.wg')
vim.api.nvim_win_set_cursor(0, { 9, 5 }) -- `composition { open }`, line 13 once formatted
vim.lsp.buf.formatting_sync(nil, 20000)
local want = vim.fn.systemlist({ wgc, 'fmt', top .. '/tests/lsp/messy.wg' })
local got = vim.api.nvim_buf_get_lines(mbuf, 0, -1, false)
check(vim.deep_equal(got, want), 'formatting: ' .. vim.inspect(got))
check(vim.api.nvim_win_get_cursor(0)[1] == 13 and vim.api.nvim_get_current_line() == 'composition { open }',
  'the cursor after formatting: ' .. vim.inspect(vim.api.nvim_win_get_cursor(0)))
-- Formatting again changes nothing: the buffer is not even modified.
vim.cmd('silent write')
vim.lsp.buf.formatting_sync(nil, 20000)
check(not vim.bo.modified, 'formatting a formatted buffer modified it')

-- :make and the quickfix list: the column lands on the right byte after
-- accents, CJK and a tab.
local qf = tmp .. '/quickfix.wg'
vim.fn.writefile({
  'working_group Genève "Groupe à Genève" { decides_by consensus }',
  'composition { open }',
  'meeting M1 "Réunion 日本" on 2013-05-30\tevery weekly',
}, qf)
vim.cmd('edit ' .. qf)
vim.cmd('compiler wgc')
vim.bo.makeprg = wgc .. ' check --color never'
vim.cmd('silent make! %')
local items = vim.tbl_filter(function(e) return e.valid == 1 end, vim.fn.getqflist())
if check(#items == 1, 'quickfix: ' .. vim.inspect(vim.fn.getqflist())) then
  local line = vim.fn.getline(3)
  local want = line:find('weekly', 1, true)
  check(items[1].lnum == 3 and items[1].col == want,
    'quickfix column ' .. items[1].col .. ', `weekly` is at byte ' .. want)
  vim.cmd('silent cfirst')
  check(vim.fn.col('.') == want, 'the cursor is at byte ' .. vim.fn.col('.'))
end

finish()
