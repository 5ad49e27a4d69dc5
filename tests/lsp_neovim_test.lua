-- Neovim's own LSP client against `stacklint server` (run by lsp_neovim_test.sh): open a broken
-- stack, wait for CR104, ask for code actions, apply the preferred quick fix, wait for the
-- diagnostics to clear, save. Written for Neovim 0.7 (Debian 12), whose API lacks vim.lsp.start.
local bin, file = os.getenv("STACKLINT_BIN"), os.getenv("STACKLINT_FILE")

local function check(condition, message)
  if not condition then error(message, 2) end
end

local function main()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "stacklint",
    cmd = { bin, "server" },
    root_dir = vim.fn.fnamemodify(file, ":h"),
  })
  check(client_id, "the server did not start")
  vim.lsp.buf_attach_client(buf, client_id)

  check(vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 20),
    "no diagnostics within 15 s")
  local diagnostics = vim.diagnostic.get(buf)
  check(#diagnostics == 1, "expected one diagnostic, got " .. #diagnostics)
  local d = diagnostics[1]
  check(d.source == "stacklint" and d.severity == vim.diagnostic.severity.WARN,
    "unexpected diagnostic " .. vim.inspect(d))
  check(d.user_data.lsp.code == "CR104", "expected CR104, got " .. vim.inspect(d.user_data))
  check(d.lnum == 6 and d.col == 12 and d.end_col == 19,
    string.format("CR104 at %d:%d-%d, expected 6:12-19", d.lnum, d.col, d.end_col))
  io.stdout:write(string.format("diagnostic: %s at %d:%d %s\n", d.user_data.lsp.code, d.lnum + 1,
    d.col + 1, d.message))

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = d.lnum, character = d.col }, ["end"] = { line = d.lnum, character = d.col } },
    context = { diagnostics = { d.user_data.lsp } },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 15000)
  check(responses and responses[client_id] and responses[client_id].result, "no code actions")
  local chosen
  for _, action in ipairs(responses[client_id].result) do
    io.stdout:write("code action: " .. action.title .. "\n")
    if action.isPreferred then chosen = action end
  end
  check(chosen, "no preferred quick fix")
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  check(vim.api.nvim_buf_get_lines(buf, 6, 7, false)[1] == "    flavor: github",
    "the fix did not set the flavor: " .. vim.api.nvim_buf_get_lines(buf, 6, 7, false)[1])

  check(vim.wait(15000, function() return #vim.diagnostic.get(buf) == 0 end, 20),
    "the diagnostics did not clear after the fix")
  io.stdout:write("diagnostics cleared after the fix\n")
  vim.cmd("write")
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
end

local ok, err = pcall(main)
if ok then
  io.stdout:write("neovim lsp test passed\n")
  vim.cmd("qall!")
else
  io.stdout:write("FAIL: " .. tostring(err) .. "\n")
  vim.cmd("cquit 1")
end
