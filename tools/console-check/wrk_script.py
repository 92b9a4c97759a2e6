"""Writes the wrk Lua script of the console load run: a fixed list of real /api/route or
/api/dispatch requests on a map (from a post or a household to a household; car+foot or car),
cycled through by every connection from its own offset, and a count of the answers that were
not 2xx with the first of them.

    python3 wrk_script.py MAP route|dispatch [COUNT] > load.lua
"""

import csv
import json
import os
import random
import sys
import urllib.parse


def requests(map_dir, endpoint, count, seed=15):
    with open(os.path.join(map_dir, "households.csv"), newline="") as f:
        households = [row["id"] for row in csv.DictReader(f)]
    with open(os.path.join(map_dir, "posts.geojson")) as f:
        posts = [feature["properties"]["name"] for feature in json.load(f)["features"]]
    rng = random.Random(seed)
    paths = []
    for _ in range(count):
        query = {"to": rng.choice(households)}
        if endpoint == "route":
            query["from"] = rng.choice(posts) if rng.random() < 0.5 else rng.choice(households)
        if rng.random() < 0.3:
            query["profile"] = "car"
        paths.append(f"/api/{endpoint}?" + urllib.parse.urlencode(query, quote_via=urllib.parse.quote))
    return paths


LUA = """-- made by tools/console-check/wrk_script.py: %(count)d %(endpoint)s requests on %(map)s
local paths = {
%(paths)s
}
local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("offset", next_thread * 37)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  counter = offset
  bad = 0
  first_bad = ""
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    if first_bad == "" then first_bad = status .. " " .. string.sub(body, 1, 200) end
  end
end

function done(summary, latency, requests)
  local total = 0
  local first = ""
  for _, thread in ipairs(threads) do
    total = total + thread:get("bad")
    if first == "" then first = thread:get("first_bad") end
  end
  io.write(string.format("not-2xx: %%d\\n", total))
  if first ~= "" then io.write("first not-2xx: " .. first .. "\\n") end
  io.write(string.format("latency-ms: p50 %%.2f p90 %%.2f p99 %%.2f max %%.2f\\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def main():
    map_dir, endpoint = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 400
    paths = requests(map_dir, endpoint, count)
    body = ",\n".join('  "%s"' % p for p in paths)
    sys.stdout.write(LUA % {"count": count, "endpoint": endpoint, "map": map_dir, "paths": body})


if __name__ == "__main__":
    main()
