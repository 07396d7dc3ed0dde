#!/usr/bin/env bash
# Compound splitting quality (issue 3): builds an archive from retrieval-xquad-de and the 8-outlet headlines,
# then runs `depesche split` on
#   - the DEKOR dev compounds whose derivation_ok is True (right when the text after the last '|' is the head), and
#   - tests/Depesche.Tests/TestData/German/non-compounds.txt (300 words, none should split).
# Prints both figures as a Markdown row for docs/benchmarks.md.
#
# usage: bench/compounds.sh [WORK_DIR=/var/tmp/depesche-compounds]
set -euo pipefail
work="${1:-/var/tmp/depesche-compounds}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="$root/../shared/data"
data="$work/data"
dev="$shared/eval/compounds-dekor/dev_1000.surface.tsv"
non_compounds="$root/tests/Depesche.Tests/TestData/German/non-compounds.txt"
mkdir -p "$work"
"$root/depesche" --help >/dev/null   # build outside the timed runs
if [ ! -d "$data/index" ]; then
  "$root/depesche" ingest --data "$data" "$shared/eval/retrieval-xquad-de/corpus.jsonl" "$shared/corpora/headlines-8-outlets.jsonl" >&2
fi
python3 - "$dev" > "$work/dev-words.txt" <<'PY'
import csv, sys
rows = csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)
for r in rows:
    if r["derivation_ok"] == "True": print(r["compound"].lower())
PY
/usr/bin/time -f "%e %M" -o "$work/split.time" "$root/depesche" split --data "$data" --file "$work/dev-words.txt" > "$work/dev-splits.tsv"
"$root/depesche" split --data "$data" --file "$non_compounds" > "$work/non-compound-splits.tsv"
read -r wall rss_kb < "$work/split.time"
python3 - "$dev" "$work/dev-splits.tsv" "$work/non-compound-splits.tsv" "$wall" "$rss_kb" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)
        if r["derivation_ok"] == "True"]
got = [line.rstrip("\n").split("\t") for line in open(sys.argv[2], encoding="utf-8")]
assert len(got) == len(rows), (len(got), len(rows))
right = sum(1 for r, g in zip(rows, got) if (g[1].rsplit("|", 1)[1] if len(g) > 1 else g[0]) == r["head"])
non = [line.rstrip("\n").split("\t") for line in open(sys.argv[3], encoding="utf-8")]
split = [g for g in non if len(g) > 1]
print(f"| {len(rows)} | {right} | {right / len(rows):.3f} | {len(non)} | {len(split)} | {len(split) / len(non):.3f} | {float(sys.argv[4]):.1f} | {int(sys.argv[5]) / 1024:.0f} |")
for g in split: print("  split non-compound:", "\t".join(g), file=sys.stderr)
PY
