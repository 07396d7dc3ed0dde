-- wrk script of bench/load.sh: rotates GET requests over the URL paths in the file named after `--`
-- (one a line), each thread starting at another place, and prints one summary line for the script to read.
local paths = {}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("start", threads * 101)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  position = (start or 0) % #paths
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "load: requests=%d seconds=%.3f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f p99.9_ms=%.2f max_ms=%.2f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
    latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, latency:percentile(99.9) / 1e3, latency.max / 1e3,
    e.status, e.connect, e.read, e.write, e.timeout))
end
