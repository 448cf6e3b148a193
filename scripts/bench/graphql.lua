-- wrk script: POSTs one GraphQL body in a closed loop and prints one RESULT line that bench.sh parses.
--   TOKEN=… wrk -t2 -c16 -d20s --timeout 10s -s graphql.lua URL -- BODY.json
-- TOKEN (optional) goes out as a bearer token. An answer counts as an error when its status is not 200 or its body
-- has "errors": a fast refusal must not pass for throughput.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(args[1], "r"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
  local tok = os.getenv("TOKEN")
  if tok and tok ~= "" then wrk.headers["Authorization"] = "Bearer " .. tok end
  failed = 0
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then failed = failed + 1 end
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, t in ipairs(threads) do errors = errors + (t:get("failed") or 0) end
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f reqs=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors))
end
