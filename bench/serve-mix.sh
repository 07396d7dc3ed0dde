#!/usr/bin/env bash
# Serving benchmark (issue 5): `depesche serve` on an existing archive, then wrk against GET /api/search with two
# query mixes in turn: the first 200 -words queries of known-item-zeitgeist and the 1,190 questions of
# retrieval-xquad-de, each rotated by bench/load.lua. Prints requests/s, latency percentiles and the server's
# resident memory after each mix.
#
# Before a mix is timed, every one of its queries is asked once (two at a time, as many as the server searches at
# once) and then wrk runs 10 s untimed: the timed run measures a server that has answered these searches before,
# as a server in use has. A warm-up of a fixed time alone ended too early for the questions at 1,000,000 articles
# (1,190 searches of about 30 ms each: 18 s two at a time), and the timed run began with searches worked out afresh.
#
# usage: bench/serve-mix.sh DATA_DIR [DURATION=60s] [CONNECTIONS=32]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
data="${1:?usage: bench/serve-mix.sh DATA_DIR [DURATION] [CONNECTIONS]}"
duration="${2:-60s}"
conns="${3:-32}"
[ -d "$data/index" ] || { echo "serve-mix: $data holds no archive" >&2; exit 2; }
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
"$root/depesche" --help >/dev/null   # build outside the measured run
run="$(mktemp -d)"

python3 - "$shared/data/eval" "$run" <<'PY'
import sys, urllib.parse
evals, run = sys.argv[1], sys.argv[2]
def write(name, queries):
    with open(f"{run}/{name}.txt", "w", encoding="utf-8") as f:
        for q in queries:
            f.write("/api/search?q=" + urllib.parse.quote(q, safe="") + "\n")
known = [l.rstrip("\n").split("\t", 1) for l in open(f"{evals}/known-item-zeitgeist/queries.tsv", encoding="utf-8")]
write("words", [q for qid, q in known if qid.endswith("-words")][:200])
write("questions", [l.rstrip("\n").split("\t", 1)[1] for l in open(f"{evals}/retrieval-xquad-de/queries.tsv", encoding="utf-8")])
PY

server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$run"
}
trap cleanup EXIT
"$root/depesche" serve --data "$data" --urls http://127.0.0.1:0 > "$run/serve.log" 2>&1 &
server=$!
for _ in $(seq 600); do grep -q '^serving ' "$run/serve.log" && break; sleep 0.1; done
base="$(sed -n 's/^serving \(http[^ ]*\).*/\1/p' "$run/serve.log")"
[ -n "$base" ] || { cat "$run/serve.log" >&2; exit 1; }
# `depesche` execs dotnet, so $server is the serving process itself.
# MB of 10^6 bytes (/proc gives kB of 1024 bytes; until session 13 this printed MiB as "MB").
memory() { awk '/^VmRSS/ {r=int($2*1.024/1000)} /^RssAnon/ {a=int($2*1.024/1000)} /^RssFile/ {f=int($2*1.024/1000)} END {print r " MB (own " a ", mapped files " f ")"}' "/proc/$server/status"; }

echo "serve-mix: $data, $conns connections, $duration per mix"
for mix in words questions; do
  start=$(date +%s.%N)
  sed "s|^|$base|" "$run/$mix.txt" | xargs -n 50 -P 2 curl -s > /dev/null
  first=$(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)")
  wrk -t2 -c"$conns" -d10s -s "$root/bench/load.lua" "$base" -- "$run/$mix.txt" > /dev/null
  result="$(wrk -t2 -c"$conns" -d"$duration" -s "$root/bench/load.lua" "$base" -- "$run/$mix.txt" | grep '^load:')"
  echo "$mix ($(wc -l < "$run/$mix.txt") queries, first answered in $first s): ${result#load: }; resident $(memory)"
done
