-- Drives Neovim's built-in LSP client (headless) against `cbo lsp --stdio`, for
-- test/lsp/neovim.test.ts. Opens the plan named by CBO_NVIM_FILE, waits for the diagnostics
-- the server publishes, asks for a hover and the code actions of one diagnostic, applies the
-- preferred one, waits for the new diagnostics, and writes everything to CBO_NVIM_OUT as JSON.
-- Works with Neovim 0.7 (Debian 12) and later: only start_client/buf_attach_client.
local out_path = os.getenv('CBO_NVIM_OUT')
local file = os.getenv('CBO_NVIM_FILE')
local cli = os.getenv('CBO_NVIM_CLI')
local node = os.getenv('CBO_NVIM_NODE') or 'node'
local hover_line = tonumber(os.getenv('CBO_NVIM_HOVER_LINE') or '0')
local hover_col = tonumber(os.getenv('CBO_NVIM_HOVER_COL') or '0')
local fix_rule = os.getenv('CBO_NVIM_FIX_RULE') or 'missing-baseline'

local report = { published = {}, shown = {}, hover = vim.NIL, actions = {}, after_fix = vim.NIL, text_after_fix = vim.NIL, error = vim.NIL }

local function write_report()
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(report))
  f:close()
end

local function main()
  local publishes = 0
  local last = nil
  local handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      publishes = publishes + 1
      last = result
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
    end,
  }
  local client_id = vim.lsp.start_client({
    name = 'cbo',
    cmd = { node, cli, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = handlers,
  })
  assert(client_id, 'the language server did not start')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  assert(vim.wait(30000, function() return publishes > 0 end, 50), 'no diagnostics within 30 s')
  report.published = last.diagnostics
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(report.shown, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message, code = code, source = d.source })
  end
  local client = vim.lsp.get_client_by_id(client_id)
  local uri = vim.uri_from_bufnr(bufnr)

  local h = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = { line = hover_line, character = hover_col } }, 10000, bufnr)
  assert(h and not h.err, 'hover failed: ' .. vim.inspect(h))
  report.hover = h.result or vim.NIL

  local target = nil
  for _, d in ipairs(last.diagnostics) do
    if d.code == fix_rule then target = d end
  end
  assert(target, 'no ' .. fix_rule .. ' diagnostic to fix')
  local a = client.request_sync('textDocument/codeAction', { textDocument = { uri = uri }, range = target.range, context = { diagnostics = { target } } }, 10000, bufnr)
  assert(a and not a.err, 'codeAction failed: ' .. vim.inspect(a))
  report.actions = a.result
  local preferred = nil
  for _, action in ipairs(a.result) do
    if action.isPreferred then preferred = action end
  end
  assert(preferred, 'no preferred code action')
  local before = publishes
  vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
  assert(vim.wait(30000, function() return publishes > before end, 50), 'no diagnostics after the fix')
  report.after_fix = last.diagnostics
  report.text_after_fix = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end

local ok, err = pcall(main)
if not ok then report.error = tostring(err) end
write_report()
vim.cmd('qa!')
