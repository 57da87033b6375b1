-- Neovim's own LSP client (0.7: vim.lsp.start_client + vim.lsp.buf_attach_client)
-- against the GovModel language server. Run by neovim.test.js as
--   nvim --headless -u NONE -i NONE -n -c 'luafile lsp-test.lua'
-- with GOVMODEL_JAVA, GOVMODEL_SERVER_JAR, GOVMODEL_WORKSPACE and GOVMODEL_RESULT
-- set. Writes what it saw as JSON to GOVMODEL_RESULT and exits 0, or writes
-- the error and exits 1 (cquit). neovim.test.js checks the values.
local result = { steps = {} }

local function write_result()
  local file = assert(io.open(os.getenv('GOVMODEL_RESULT'), 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function env(name)
  local value = os.getenv(name)
  assert(value and value ~= '', name .. ' is not set')
  return value
end

local function open(client_id, path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'govmodel'
  assert(vim.lsp.buf_attach_client(buf, client_id), 'buf_attach_client failed for ' .. path)
  return buf
end

local function diagnostics_of(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      code = d.code or lsp.code,
      lnum = d.lnum,
      col = d.col,
      severity = d.severity,
      source = d.source,
      message = d.message,
    })
  end
  table.sort(list, function(a, b) return tostring(a.code) < tostring(b.code) end)
  return list
end

local ok, err = pcall(function()
  local root = env('GOVMODEL_WORKSPACE')
  result.nvim = vim.version()
  local client_id = vim.lsp.start_client({
    name = 'govmodel',
    cmd = { env('GOVMODEL_JAVA'), '-jar', env('GOVMODEL_SERVER_JAR') },
    root_dir = root,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')

  -- a model with an unresolved reference: its diagnostics arrive with the rule ids
  local broken = open(client_id, root .. '/broken.govmodel')
  local arrived = vim.wait(120000, function() return #vim.diagnostic.get(broken) > 0 end, 100)
  assert(arrived, 'no diagnostics for broken.govmodel within 120 s')
  result.diagnostics = diagnostics_of(broken)
  table.insert(result.steps, 'diagnostics')

  -- completion after "owner " in another model
  local good = open(client_id, root .. '/good.govmodel')
  vim.wait(60000, function() return vim.diagnostic.get(good) ~= nil and #vim.diagnostic.get(good) > 0 end, 100)
  local params = { textDocument = { uri = vim.uri_from_bufnr(good) }, position = { line = 2, character = 10 } }
  local responses, request_error = vim.lsp.buf_request_sync(good, 'textDocument/completion', params, 30000)
  assert(responses, 'completion: ' .. tostring(request_error))
  local labels = {}
  for _, response in pairs(responses) do
    assert(not response.err, 'completion error: ' .. vim.inspect(response.err))
    local items = response.result and (response.result.items or response.result) or {}
    for _, item in ipairs(items) do
      table.insert(labels, item.label)
    end
  end
  result.completion = labels
  table.insert(result.steps, 'completion')

  -- the preview request, from a client that says nothing of its display language
  local previews, preview_error = vim.lsp.buf_request_sync(good, 'govmodel/preview', { uri = vim.uri_from_bufnr(good) }, 60000)
  assert(previews, 'govmodel/preview: ' .. tostring(preview_error))
  for _, response in pairs(previews) do
    assert(not response.err, 'govmodel/preview error: ' .. vim.inspect(response.err))
    local titles = {}
    for _, view in ipairs(response.result.views) do
      table.insert(titles, view.title)
    end
    result.preview = { language = response.result.language, titles = titles, svg = response.result.views[1] and response.result.views[1].svg }
  end
  table.insert(result.steps, 'preview')

  vim.lsp.stop_client(client_id)
  result.stopped = vim.wait(15000, function() return vim.lsp.client_is_stopped(client_id) end, 100)
end)

if not ok then
  result.error = tostring(err)
  pcall(write_result)
  vim.cmd('cquit 1')
else
  write_result()
  vim.cmd('qall!')
end
