-- Neovim (0.7 and later): `wgc lsp` for every .wg buffer, with Neovim's
-- own LSP client. In init.lua:
--
--   require('wgc').setup()                          -- `wgc` from PATH
--   require('wgc').setup({ cmd = { '/path/to/wgc', 'lsp' } })
--
-- Diagnostics as you type, `K` (vim.lsp.buf.hover), `gd` (definition),
-- completion (omnifunc: <C-x><C-o>), rename, references, quick fixes and
-- the outline come from the server; see editors/README.md for the keys.
local M = {}

M.config = {
  cmd = { 'wgc', 'lsp' },
  -- extra fields for vim.lsp.start_client (on_attach, capabilities, ...)
  client = {},
}

-- The one client, shared by every .wg buffer of this Neovim.
local client_id = nil

local function start()
  if client_id and vim.lsp.get_client_by_id(client_id) then
    return client_id
  end
  local conf = vim.tbl_extend('force', {
    name = 'wgc',
    cmd = M.config.cmd,
    root_dir = vim.fn.getcwd(),
  }, M.config.client)
  client_id = vim.lsp.start_client(conf)
  return client_id
end

-- Attaches the server to buffer bufnr (the current one by default).
function M.attach(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local id = start()
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
    vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc'
  end
  return id
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', M.config, opts or {})
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'wg',
    group = vim.api.nvim_create_augroup('wgc_lsp', { clear = true }),
    callback = function(args) M.attach(args.buf) end,
  })
end

return M
