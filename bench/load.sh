#!/usr/bin/env bash
# Web load benchmark (issue 4): wrk against GET /api/search on a copy of a 200,000-article archive while
# `depesche ingest` adds 20,000 further articles to it. The queries are the first 200 -words queries of
# known-item-zeitgeist, rotated by bench/load.lua. Prints requests/s, latency, errors, and whether the
# ingest finished and its last article is found through the API afterwards.
#
# usage: flock /tmp/bench.lock bench/load.sh [WORK_DIR=/var/tmp/depesche-bench] [DURATION=30s]
#   LOAD_INGEST="nice -n 10"   how the concurrent ingest is started (a command prefix; empty: at the server's
#                              priority). On 2 cores an ingest on both of them at equal priority halves what the
#                              server gets; a bulk load is background work, so it yields.
#   LOAD_INGEST_ARGS="--commit-every 5000"   `depesche ingest` options; four commits during the run, so the
#                              server picks up new articles (and empties its search cache) four times while measured
#   LOAD_INGEST_LEAD=S         start the ingest S seconds before wrk rather than half a second after it (a
#                              niced ingest starved by the measured server commits late; a lead puts more of its
#                              commits inside the measured 30 s)
#   LOAD_NO_INGEST=1           measure without the concurrent ingest
#   LOAD_SEARCH_CACHE=N        the server's --search-cache (default: the server's; 0 measures every search worked out)
#   LOAD_CONNECTIONS=N         wrk connections (default 16; issue 6 asks for 32)
#   LOAD_MEMORY=1              issue 6's memory check: first an identical run without the ingest, then the server's
#                              resident memory 60 s after it and 60 s after the measured run (and its peak)
# The original archive (WORK_DIR/data-200k, built from WORK_DIR/corpus-200k.jsonl when missing) is copied
# to WORK_DIR/load-run first and stays untouched.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
work="${1:-/var/tmp/depesche-bench}"
duration="${2:-30s}"
ingest_prefix="${LOAD_INGEST-nice -n 10}"
ingest_args="${LOAD_INGEST_ARGS---commit-every 5000}"
corpus="$work/corpus-200k.jsonl"
archive="$work/data-200k"
extra="$work/corpus-load-20k.jsonl"
run="$work/load-run"
mkdir -p "$work"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
"$root/depesche" --help >/dev/null   # build outside the measured run

[ -f "$corpus" ] || python3 "$shared/tools/make_scale_corpus.py" 200000 "$corpus"
[ -d "$archive/index" ] || "$root/depesche" ingest --data "$archive" "$corpus" >/dev/null
if [ ! -f "$extra" ]; then
  # Another seed gives other articles; new ids (load00000...) keep them from replacing the 200,000.
  python3 "$shared/tools/make_scale_corpus.py" 20000 "$extra.tmp" --seed 2
  sed 's/^{"id": "s000/{"id": "load/' "$extra.tmp" > "$extra" && rm "$extra.tmp"
fi
last_id="$(tail -n 1 "$extra" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
last_title="$(tail -n 1 "$extra" | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])')"

rm -rf "$run"
mkdir -p "$run"
cp -r "$archive" "$run/data"
python3 - "$shared/data/eval/known-item-zeitgeist/queries.tsv" > "$run/paths.txt" <<'PY'
import sys, urllib.parse
queries = [line.rstrip("\n").split("\t", 1) for line in open(sys.argv[1], encoding="utf-8")]
words = [q for qid, q in queries if qid.endswith("-words")][:200]
for q in words:
    print("/api/search?q=" + urllib.parse.quote(q, safe=""))
PY

server=""
ingest=""
cleanup() {
  [ -n "$ingest" ] && kill "$ingest" 2>/dev/null
  [ -n "$server" ] && kill "$server" 2>/dev/null
  wait 2>/dev/null || true
}
trap cleanup EXIT
"$root/depesche" serve --data "$run/data" --urls http://127.0.0.1:0 ${LOAD_SEARCH_CACHE:+--search-cache "$LOAD_SEARCH_CACHE"} \
  > "$run/serve.log" 2>&1 &
server=$!
for _ in $(seq 300); do grep -q '^serving ' "$run/serve.log" && break; sleep 0.1; done
base="$(sed -n 's/^serving \(http[^ ]*\).*/\1/p' "$run/serve.log")"
[ -n "$base" ] || { cat "$run/serve.log" >&2; exit 1; }
articles() { curl -fsS "$base/api/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])'; }
before="$(articles)"

# Warm-up (JIT, file cache), as a server that has been running a while; not counted.
conns="${LOAD_CONNECTIONS:-16}"
rss() { awk '/^VmRSS/ {print int($2/1024)}' "/proc/$server/status"; }
# Resident memory splits into the process's own (anonymous: managed heap, native) and the index files it maps
# (page cache the kernel can drop; it grows as queries touch more of the index, and with the index itself).
rss_split() { awk '/^RssAnon/ {a=int($2/1024)} /^RssFile/ {f=int($2/1024)} /^RssShmem/ {s=int($2/1024)} /^Threads/ {t=$2} END {print "own " a " MB, mapped files " f " MB, shared " s " MB, " t " threads"}' "/proc/$server/status"; }
wrk -t2 -c"$conns" -d5s -s "$root/bench/load.lua" "$base" -- "$run/paths.txt" > "$run/warmup.txt"
if [ -n "${LOAD_MEMORY:-}" ]; then
  wrk -t2 -c"$conns" -d"$duration" --latency -s "$root/bench/load.lua" "$base" -- "$run/paths.txt" > "$run/first.txt"
  sleep 60
  rss_first="$(rss)"
  split_first="$(rss_split)"
fi

lead="${LOAD_INGEST_LEAD:-0}"
start=$(echo "$(date +%s.%N) + $lead" | bc)   # when wrk starts
if [ -z "${LOAD_NO_INGEST:-}" ]; then
  # shellcheck disable=SC2086  # the prefix and the options are word lists
  ( [ "$lead" = 0 ] && sleep 0.5; exec $ingest_prefix "$root/depesche" ingest --data "$run/data" --json $ingest_args "$extra" ) \
    > "$run/ingest.json" 2> >(while IFS= read -r line; do
        printf '%.1f %s\n' "$(echo "$(date +%s.%N) - $start" | bc)" "$line"; done > "$run/ingest.err") &
  ingest=$!
fi
[ "$lead" = 0 ] || sleep "$lead"
wrk -t2 -c"$conns" -d"$duration" --latency -s "$root/bench/load.lua" "$base" -- "$run/paths.txt" > "$run/wrk.txt"
wrk_end=$(date +%s.%N)
ingest_status="not run"
if [ -n "$ingest" ]; then
  if kill -0 "$ingest" 2>/dev/null; then finished_during="no"; else finished_during="yes"; fi
  if wait "$ingest"; then ingest_status="finished (exit 0)"; else ingest_status="failed (exit $?)"; fi
  ingest=""
  ingest_end=$(date +%s.%N)
fi

# The server picks up commits every second; give it a few.
searchable="no"
for _ in $(seq 20); do
  if curl -fsS -o /dev/null "$base/api/articles/$last_id"; then searchable="yes"; break; fi
  sleep 0.5
done
# And through a search: its headline, typed in, lists it (among the articles that share the headline).
found="$(curl -fsS -G "$base/api/search" --data-urlencode "q=$last_title" --data-urlencode limit=1000 \
  | python3 -c 'import json,sys; print("yes" if sys.argv[1] in [h["id"] for h in json.load(sys.stdin)["hits"]] else "no")' "$last_id" || echo no)"
after="$(articles)"

cat "$run/wrk.txt"
echo
python3 - "$run/wrk.txt" "$run/ingest.json" <<PY
import json, re, sys
line = next(l for l in open(sys.argv[1]) if l.startswith("load: "))
f = dict(kv.split("=") for kv in line[6:].split())
rps = int(f["requests"]) / float(f["seconds"])
socket = sum(int(f[k]) for k in ("connect", "read", "write", "timeout"))
print(f"requests/s {rps:,.0f}   p50 {float(f['p50_ms']):.2f} ms   p90 {float(f['p90_ms']):.2f} ms   p99 {float(f['p99_ms']):.2f} ms   max {float(f['max_ms']):.1f} ms")
print(f"requests {int(f['requests']):,} in {float(f['seconds']):.1f} s; non-2xx {f['non2xx']}; socket errors {socket} (connect {f['connect']}, read {f['read']}, write {f['write']}, timeout {f['timeout']})")
target = rps >= 500 and float(f["p99_ms"]) < 50 and int(f["non2xx"]) == 0 and socket == 0
print("target (>= 500 requests/s, p99 < 50 ms, no errors):", "met" if target else "MISSED")
PY
echo "articles before ${before}, after ${after}"
if [ "$ingest_status" != "not run" ]; then
  secs="$(python3 - "$run/ingest.json" <<'PY' 2>/dev/null || echo "no summary"
import json, sys
d = json.load(open(sys.argv[1]))
print(f"{d['added']:,} added in {d['seconds']:.1f} s, {d['commits']} commit(s)")
PY
)"
  if [ "$lead" = 0 ]; then when="0.5 s after wrk started"; else when="$lead s before wrk started"; fi
  echo "ingest ($ingest_prefix depesche ingest $ingest_args; $when): $ingest_status; $secs; finished within the wrk run: $finished_during"
  echo "commits (seconds after the run started; wrk ran $duration): $(grep ' commit ' "$run/ingest.err" | cut -d' ' -f1 | paste -sd' ')"
  echo "last ingested article $last_id: served by /api/articles/$last_id: $searchable; found by searching its headline: $found"
fi
if [ -n "${LOAD_MEMORY:-}" ]; then
  sleep 60
  rss_after="$(rss)"
  split_after="$(rss_split)"
  peak="$(awk '/^VmHWM/ {print int($2/1024)}' "/proc/$server/status")"
  echo "server resident memory: 60 s after the identical first run ${rss_first} MB, 60 s after the measured run ${rss_after} MB ($(echo "scale=1; 100 * ($rss_after - $rss_first) / $rss_first" | bc) %), peak ${peak} MB; $conns connections"
  echo "  after the first run: $split_first; after the measured run: $split_after"
fi
