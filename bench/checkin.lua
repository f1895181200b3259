-- wrk script: check-in scans at the door. Every request posts one of the pre-generated badge payloads, taken
-- round-robin (each thread starts at its own offset), with HTTP Basic as a check-in station sends it.
-- usage: wrk ... -s checkin.lua <url> -- <payload-file> <basic-credentials-base64> <event-id>
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  payloads = {}
  for line in io.lines(args[1]) do
    if #line > 0 then
      table.insert(payloads, line)
    end
  end
  headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Basic " .. args[2],
  }
  event = args[3]
  counter = (tid - 1) * math.floor(#payloads / 4)
end

request = function()
  counter = counter + 1
  local payload = payloads[(counter % #payloads) + 1]
  local body = string.format('{"payload":"%s","eventId":"%s"}', payload, event)
  return wrk.format("POST", "/api/v1/check-in", headers, body)
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status or 0
  io.write(string.format("RESULT requests=%d duration_us=%d non2xx=%d connect_err=%d read_err=%d timeouts=%d " ..
    "p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.duration, non2xx, summary.errors.connect, summary.errors.read,
    summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
