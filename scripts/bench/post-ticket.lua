-- A ticket posted to django-helpdesk's REST API with the token given in the environment: the peer of post-case.lua,
-- a body of the same size, one committed ticket per request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Token " .. os.getenv("HELPDESK_TOKEN")
local n = 0
request = function()
  n = n + 1
  local body = '{"queue":' .. os.getenv("HELPDESK_QUEUE") .. ',"title":"基准测试 ' .. n ..
    '","description":"基准测试：楼道堆放杂物 ' .. n .. '","submitter_email":"resident@example.org","priority":3}'
  return wrk.format(nil, nil, nil, body)
end
