#!/usr/bin/env bash
# Whole-process ingest and query benchmark (issue 2): builds a corpus with ../shared/tools/make_scale_corpus.py,
# times `depesche ingest` from an empty data folder to its last commit, then times queries with `depesche eval`
# on that archive (first 200 -words queries of known-item-zeitgeist, and the 1,190 questions of retrieval-xquad-de).
# Prints a Markdown row for the ingest table of docs/benchmarks.md, then one for its growth table (issue 5).
#
# usage: bench/ingest-scale.sh [N_ARTICLES=200000] [WORK_DIR=/var/tmp/depesche-bench]
set -euo pipefail
n="${1:-200000}"
work="${2:-/var/tmp/depesche-bench}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared"
corpus="$work/corpus-$((n / 1000))k.jsonl"
data="$work/data-$((n / 1000))k"
mkdir -p "$work"
[ -f "$corpus" ] || python3 "$shared/tools/make_scale_corpus.py" "$n" "$corpus"
"$root/depesche" --help >/dev/null   # build outside the timed run
rm -rf "$data"
bytes=$(stat -c %s "$corpus")
/usr/bin/time -f "%e %M" -o "$work/ingest.time" "$root/depesche" ingest --data "$data" --json "$corpus" > "$work/ingest.json"
read -r wall rss_kb < "$work/ingest.time"
index_bytes=$(du -sb "$data/index" | cut -f1)
"$root/depesche" eval --data "$data" --queries "$shared/data/eval/known-item-zeitgeist/queries.tsv" \
  --only -words --max-queries 200 --k 100 --json > "$work/eval.json"
"$root/depesche" eval --data "$data" --queries "$shared/data/eval/retrieval-xquad-de/queries.tsv" \
  --k 100 --json > "$work/eval-questions.json"
python3 - "$n" "$bytes" "$wall" "$rss_kb" "$index_bytes" "$work/eval.json" "$work/ingest.json" "$work/eval-questions.json" <<'PY'
import json, sys
# MB = 10^6 bytes throughout (until session 13 the index and peak memory were printed in MiB as "MB").
n, size, wall, rss_kb, index = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rss, index_mb = rss_kb * 1024 / 1e6, index / 1e6
ev = json.load(open(sys.argv[6])); ing = json.load(open(sys.argv[7]))
lat = ev["latency"]
print(f"| {n:,} | {size/1e6:.0f} | {wall:.1f} | {size/1e6/wall:.2f} | {n/wall:,.0f} | {rss:.0f} | {index_mb:.0f} | "
      f"{lat['p50']:.2f} | {lat['p95']:.2f} | {lat['p99']:.2f} | {ing['commits']} |")
q = json.load(open(sys.argv[8]))["latency"]
print(f"| {n:,} | {size/1e6:.0f} | {wall:.1f} | {size/1e6/wall:.2f} | {rss:.0f} | {index_mb:.0f} | {index/size:.0%} | "
      f"{lat['p50']:.2f} / {lat['p95']:.2f} / {lat['p99']:.2f} | {q['p50']:.2f} / {q['p95']:.2f} / {q['p99']:.2f} |")
PY
