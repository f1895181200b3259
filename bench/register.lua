-- wrk script: every request registers a new, unique delegate for one event.
-- usage: wrk ... -s register.lua <url> -- <event-id> <run-prefix>
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  event = args[1]
  prefix = args[2] or "run"
  counter = 0
  path = "/api/v1/events/" .. event .. "/registrations"
  headers = { ["Content-Type"] = "application/json" }
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"honorific":"Ms","givenName":"Bench","familyName":"Delegate %d","countryCode":"CH",' ..
    '"email":"%s-t%d-%d@bench.example.org","language":"en","role":"DELEGATE","consent":true}',
    counter, prefix, tid, counter)
  return wrk.format("POST", path, headers, body)
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status or 0
  io.write(string.format("RESULT requests=%d duration_us=%d non2xx=%d connect_err=%d read_err=%d timeouts=%d " ..
    "p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.duration, non2xx, summary.errors.connect, summary.errors.read,
    summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
