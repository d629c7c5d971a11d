-- A form POST with the session cookie and CSRF token given in the environment: one durable write per request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "doorstep_session=" .. os.getenv("DOORSTEP_SESSION")
local languages = { "en", "zh-CN" }
local n = 0
request = function()
  n = n + 1
  local body = "_csrf=" .. os.getenv("DOORSTEP_CSRF") .. "&language=" .. languages[(n % 2) + 1]
  return wrk.format(nil, nil, nil, body)
end
