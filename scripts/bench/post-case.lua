-- A case reported over the API with the token given in the environment: one committed case per request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("DOORSTEP_TOKEN")
local categories = { "L0201", "L0202", "E0102", "L0402", "C0103" }
local n = 0
request = function()
  n = n + 1
  local body = '{"categoryCode":"' .. categories[(n % #categories) + 1] ..
    '","description":"基准测试：楼道堆放杂物 ' .. n .. '","address":"3号楼"}'
  return wrk.format(nil, nil, nil, body)
end
