#!/usr/bin/env bash
# Depesche side by side with the peers of ../shared/peers (issue 5), in one run on this machine.
#
# usage: bench/compare.sh [--seed-dir DIR] [--out DIR] CORPUS [QUERIES...]
#
#   CORPUS    a JSON Lines corpus ({"id","title","body","source","category","published"}): Depesche and every
#             peer index it. A folder of seed-format .txt files is accepted as well, but then only Depesche
#             runs (the peers read JSON Lines only); to time Depesche on both formats of the same articles
#             give the JSON Lines file as CORPUS and the folder with --seed-dir.
#   QUERIES   query sets, each a file (qid<TAB>text) or a set name; several may be given (also comma-separated):
#               words      the 400 -words queries of known-item-zeitgeist (three words of a headline)
#               questions  the 1,190 questions of retrieval-xquad-de
#               all        both (the default)
#   --seed-dir DIR  also time `depesche ingest` on DIR, a folder of seed-format files of the same articles
#   --out DIR       results folder (default /var/tmp/depesche-compare/<timestamp>)
#
# Depesche, as users run it: `depesche ingest --data EMPTY CORPUS` (whole process under /usr/bin/time: wall,
# peak RSS; MB/s = input file bytes / wall; index size = du of the data folder), then per query set
# `depesche eval --data DIR --queries Q --k $K --warmup $WARMUP --passes $PASSES --json` (one warm process).
# Peers: setup.sh, then index.sh CORPUS once, search.sh Q $K per set and match mode, stop.sh. Questions
# (and any set that is not all -words ids) run with MATCH=or; -words sets with MATCH=and and MATCH=or, and
# the table shows the faster (lower mean latency), naming it. Prints one Markdown table with every peer's
# figure and its ratio to Depesche's; everything is kept under the results folder.
#
# Env: PEERS          peers to run, peer or peer:variant (default "sqlite postgres xapian sphinx"; "none": Depesche only)
#      INDEX_TIMEOUT  seconds; a peer whose index.sh runs longer is killed and reported as skipped (default none)
#      SEARCH_TIMEOUT seconds per peer search run, likewise (default none)
#      PEER_SETS      the query sets the peers search (default: all given; Depesche always searches all)
#      K=100  PASSES=3  WARMUP=1
#      MODES          match modes for the peers, overriding the rule above (e.g. "or")
#      LOCK           lock file held around every timed step (default /tmp/bench.lock; "none": no lock)
#      DEPESCHE       the CLI to measure (default: this checkout's ./depesche)
#      PEERS_DIR      default ../shared/peers
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
shared="$(cd "$root/../shared" 2>/dev/null && pwd || echo "$root/../shared")"
usage() { awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"; exit "${1:-2}"; }
die() { echo "compare.sh: $*" >&2; exit 2; }

cmdline="bench/compare.sh$(printf ' %q' "$@")"
seed_dir="${SEED_DIR:-}"; out="${OUT:-}"; args=()
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage 0 ;;
    --seed-dir) [ $# -ge 2 ] || die "--seed-dir needs a folder"; seed_dir="$2"; shift 2 ;;
    --out) [ $# -ge 2 ] || die "--out needs a folder"; out="$2"; shift 2 ;;
    --) shift; args+=("$@"); break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) args+=("$1"); shift ;;
  esac
done
[ ${#args[@]} -ge 1 ] || usage
corpus="$(realpath "${args[0]}")"; sets_arg=("${args[@]:1}"); [ ${#sets_arg[@]} -gt 0 ] || sets_arg=(all)
[ -e "$corpus" ] || die "no such corpus: $corpus"
PEERS="${PEERS-sqlite postgres xapian sphinx}"; [ "$PEERS" = none ] && PEERS=""
K="${K:-100}"; PASSES="${PASSES:-3}"; WARMUP="${WARMUP:-1}"
LOCK="${LOCK:-/tmp/bench.lock}"
DEPESCHE="${DEPESCHE:-$root/depesche}"
PEERS_DIR="${PEERS_DIR:-$shared/peers}"
PY=/usr/bin/python3
report="$here/compare/report.py"
for n in "$K" "$PASSES" "$WARMUP" ${INDEX_TIMEOUT:+"$INDEX_TIMEOUT"} ${SEARCH_TIMEOUT:+"$SEARCH_TIMEOUT"}; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "K, PASSES, WARMUP, INDEX_TIMEOUT and SEARCH_TIMEOUT are whole numbers, not '$n'"
done
[ -x /usr/bin/time ] || die "/usr/bin/time is missing (apt-get install time)"

if [ -d "$corpus" ]; then
  [ -z "$seed_dir" ] || die "CORPUS is a folder already; --seed-dir goes with a JSON Lines CORPUS"
  [ -z "$PEERS" ] || echo "compare.sh: CORPUS is a folder of seed files: the peers read JSON Lines only, so only Depesche runs" >&2
  seed_dir="$corpus"; corpus=""; PEERS=""
fi
if [ -n "$seed_dir" ]; then
  seed_dir="$(realpath "$seed_dir")"
  [ -d "$seed_dir" ] || die "no such folder: $seed_dir"
  [ -n "$(find "$seed_dir" -name '*.txt' -print -quit)" ] || die "no .txt files under $seed_dir"
fi
if [ -n "$PEERS" ]; then
  for pv in $PEERS; do [ -f "$PEERS_DIR/${pv%%:*}/index.sh" ] || die "no peer '${pv%%:*}' in $PEERS_DIR"; done
fi

out="${out:-/var/tmp/depesche-compare/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out/queries"; out="$(realpath "$out")"
results="$out/results.tsv"; : > "$results"
{ for v in PEERS PEER_SETS INDEX_TIMEOUT SEARCH_TIMEOUT K PASSES WARMUP MODES LOCK DEPESCHE; do   # as in effect
    if [ -n "${!v+x}" ]; then printf '%s=%q ' "$v" "${!v}"; fi; done; echo "$cmdline"; } > "$out/command.txt"
log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$out/steps.log" >&2; }

# --- query sets: one file each under $out/queries, with the match modes the peers run it in
E="$shared/data/eval"
: > "$out/sets.tsv"
add_set() {  # add_set NAME FILE [AWK_FILTER]
  local name="$1" src="$2" dst="$out/queries/$1.tsv" n modes
  [ -f "$src" ] || die "no such query file: $src"
  grep -q "^$name	" "$out/sets.tsv" && return 0
  awk -F'\t' "${3:-1}"' && NF >= 2 && $1 !~ /^#/' "$src" > "$dst"
  n=$(wc -l < "$dst"); [ "$n" -gt 0 ] || die "no queries in $src"
  if [ -n "${MODES:-}" ]; then modes="$MODES"
  elif awk -F'\t' '$1 !~ /-words$/ {bad=1} END {exit bad}' "$dst"; then modes="and or"
  else modes="or"; fi
  printf '%s\t%s\t%s\t%s\n' "$name" "$n" "$modes" "$src" >> "$out/sets.tsv"
}
for a in "${sets_arg[@]}"; do
  IFS=, read -ra parts <<< "$a"
  for s in "${parts[@]}"; do
    case "$s" in
      words) add_set words "$E/known-item-zeitgeist/queries.tsv" '$1 ~ /-words$/' ;;
      questions) add_set questions "$E/retrieval-xquad-de/queries.tsv" ;;
      all) add_set words "$E/known-item-zeitgeist/queries.tsv" '$1 ~ /-words$/'
           add_set questions "$E/retrieval-xquad-de/queries.tsv" ;;
      "") ;;
      *) [ -f "$s" ] || die "'$s' is neither a query file nor a set name (words, questions, all)"
         b="$(basename "$s")"; add_set "${b%.*}" "$(realpath "$s")" ;;
    esac
  done
done
for s in ${PEER_SETS:+${PEER_SETS//,/ }}; do grep -q "^$s	" "$out/sets.tsv" || die "PEER_SETS names '$s', which is not among the query sets"; done
for m in ${MODES:-}; do [[ "$m" == and || "$m" == or ]] || die "MODES holds and/or, not '$m'"; done

# --- locking: every timed step runs while holding $LOCK (others benchmark on this machine too)
locked() {  # locked CMD... : runs CMD holding the lock; logs the wait and the load average
  local t0 rc=0
  if [ "$LOCK" = none ]; then "$@"; return; fi
  t0=$(date +%s)
  exec 9>>"$LOCK"
  flock 9
  log "  lock held after $(( $(date +%s) - t0 )) s wait; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  "$@" || rc=$?
  flock -u 9; exec 9>&-
  return "$rc"
}
with_timeout() {  # with_timeout SECONDS CMD...
  if [ -n "$1" ]; then local t="$1"; shift; timeout --signal=TERM --kill-after=30 "$t" "$@"; else shift; "$@"; fi
}
kv_of() { grep "^$1 " "$2" | tail -1 | cut -d' ' -f2-; }   # the k=v part of the last "INDEX ..."/"STATS ..." line
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$results"; }
fail() {  # fail ENGINE STEP RC LOGFILE
  local why="rc $3"; [ "$3" = 124 ] && why="timeout"
  record "$1" fail "step=$2 rc=$3 why=$why log=$4"
  log "  $1 $2 FAILED ($why); last lines of $4:"; tail -5 "$4" | sed 's/^/    /' | tee -a "$out/steps.log" >&2
}

log "results in $out"
log "corpus ${corpus:-none (seed folder only)}${seed_dir:+, seed folder $seed_dir}; peers: ${PEERS:-none}; K=$K WARMUP=$WARMUP PASSES=$PASSES${INDEX_TIMEOUT:+ INDEX_TIMEOUT=$INDEX_TIMEOUT}${SEARCH_TIMEOUT:+ SEARCH_TIMEOUT=$SEARCH_TIMEOUT}${PEER_SETS:+ PEER_SETS=$PEER_SETS}"
while IFS=$'\t' read -r name n modes src; do log "query set $name: $n queries from $src, peers in MATCH=${modes// /,}"; done < "$out/sets.tsv"

# --- Depesche
"$DEPESCHE" --help > /dev/null   # build (if needed) outside the timed runs
bytes_of() { if [ -d "$1" ]; then find "$1" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s+0}'; else stat -c %s "$1"; fi; }
depesche_ingest() {  # depesche_ingest ENGINE INPUT KIND DATA
  local eng="$1" input="$2" kind="$3" data="$4" rc=0 wall rss user sys
  rm -rf "$data"; mkdir -p "$data"
  log "$eng: ingest $input"
  /usr/bin/time -f '%e %M %U %S' -o "$out/$eng.ingest.time" \
    "$DEPESCHE" ingest --data "$data" --json "$input" > "$out/$eng.ingest.json" 2> "$out/$eng.ingest.log" || rc=$?
  if [ "$rc" != 0 ]; then fail "$eng" ingest "$rc" "$out/$eng.ingest.log"; return 0; fi
  read -r wall rss user sys < <(tail -1 "$out/$eng.ingest.time")
  record "$eng" index "input=$kind docs=$($PY "$report" json-field "$out/$eng.ingest.json" added) index_seconds=$wall \
corpus_bytes=$(bytes_of "$input") index_bytes=$(du -sb "$data" | cut -f1) index_peak_rss_kb=$rss user_s=$user sys_s=$sys \
commits=$($PY "$report" json-field "$out/$eng.ingest.json" commits)"
  log "  $(tail -1 "$results" | cut -f3)"
}
depesche_eval() {  # depesche_eval SET
  local set="$1" rc=0
  log "depesche: eval $set"
  /usr/bin/time -f '%e %M' -o "$out/depesche.$set.time" \
    "$DEPESCHE" eval --data "$out/data-depesche" --queries "$out/queries/$set.tsv" --k "$K" --warmup "$WARMUP" \
      --passes "$PASSES" --json --run "$out/depesche.$set.run" > "$out/depesche.$set.json" 2> "$out/depesche.$set.log" || rc=$?
  if [ "$rc" != 0 ]; then fail depesche "search:$set" "$rc" "$out/depesche.$set.log"; return 0; fi
  record depesche search "set=$set mode=auto $($PY "$report" eval-kv "$out/depesche.$set.json") \
search_peak_rss_kb=$(tail -1 "$out/depesche.$set.time" | cut -d' ' -f2)"
  log "  $(tail -1 "$results" | cut -f3)"
}
if [ -n "$corpus" ]; then
  locked depesche_ingest depesche "$corpus" jsonl "$out/data-depesche"
fi
if [ -n "$seed_dir" ]; then
  locked depesche_ingest depesche-seed "$seed_dir" seed-dir "$out/data-depesche-seed"
fi
if [ -n "$corpus" ] && [ -d "$out/data-depesche/index" ]; then
  while IFS=$'\t' read -r set _; do locked depesche_eval "$set"; done < "$out/sets.tsv"
fi

# --- peers: set up (not timed), index once, search every set in its modes, stop
peer_index() {  # peer_index NAME PEER
  local name="$1" peer="$2" rc=0
  log "$name: index"
  with_timeout "${INDEX_TIMEOUT:-}" bash "$PEERS_DIR/$peer/index.sh" "$corpus" > "$out/$name.index.log" 2>&1 || rc=$?
  if [ "$rc" != 0 ] || ! grep -q '^INDEX ' "$out/$name.index.log"; then fail "$name" index "$rc" "$out/$name.index.log"; return 1; fi
  record "$name" index "$(kv_of INDEX "$out/$name.index.log")"
  log "  $(grep -v '^INDEX ' "$out/$name.index.log" | tail -1)"
}
peer_search() {  # peer_search NAME PEER SET MODE
  local name="$1" peer="$2" set="$3" mode="$4" rc=0 f="$out/$1.$3.$4"
  log "$name: search $set MATCH=$mode"
  MATCH="$mode" K="$K" PASSES="$PASSES" WARMUP="$WARMUP" \
    with_timeout "${SEARCH_TIMEOUT:-}" bash "$PEERS_DIR/$peer/search.sh" "$out/queries/$set.tsv" "$K" > "$f.run" 2> "$f.log" || rc=$?
  if [ "$rc" != 0 ] || ! grep -q '^STATS ' "$f.log"; then fail "$name" "search:$set:$mode" "$rc" "$f.log"; return 0; fi
  record "$name" search "set=$set mode=$mode $(kv_of STATS "$f.log")"
  log "  $(grep -v '^STATS ' "$f.log" | tail -1)"
}
: > "$out/versions.txt"
for pv in $PEERS; do
  peer="${pv%%:*}"; variant=""; [[ "$pv" == *:* ]] && variant="${pv#*:}"
  name="$peer${variant:+-$variant}"
  if [ -n "$variant" ]; then export VARIANT="$variant"; else unset VARIANT; fi
  log "$name: setup"
  rc=0; bash "$PEERS_DIR/$peer/setup.sh" > "$out/$name.setup.log" 2>&1 || rc=$?
  if [ "$rc" != 0 ]; then
    fail "$name" setup "$rc" "$out/$name.setup.log"; bash "$PEERS_DIR/$peer/stop.sh" >> "$out/$name.setup.log" 2>&1 || true; continue
  fi
  tail -1 "$out/$name.setup.log" | tee -a "$out/versions.txt" | sed 's/^/  /' >&2
  if locked peer_index "$name" "$peer"; then
    while IFS=$'\t' read -r set _ modes _; do
      if [ -n "${PEER_SETS:-}" ] && [[ " ${PEER_SETS//,/ } " != *" $set "* ]]; then
        record "$name" skip "step=search:$set why=PEER_SETS=${PEER_SETS// /,}"; continue
      fi
      for mode in $modes; do locked peer_search "$name" "$peer" "$set" "$mode"; done
    done < "$out/sets.tsv"
  fi
  bash "$PEERS_DIR/$peer/stop.sh" > "$out/$name.stop.log" 2>&1 || log "  $name: stop.sh failed (see $out/$name.stop.log)"
done
unset VARIANT

# --- the machine, then the table
{
  printf 'date %s; machine: %s cores (%s), %s RAM, %s, kernel %s; .NET %s; Lucene.Net %s; Depesche %s' \
    "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')" \
    "$(free -h | awk '/^Mem:/ {print $2}')" "$(. /etc/os-release && echo "$PRETTY_NAME")" "$(uname -r)" \
    "$(dotnet --list-runtimes 2>/dev/null | awk '/NETCore.App/ {v=$2} END {print v}')" \
    "$(grep -o 'Include="Lucene.Net" Version="[^"]*"' "$root/Directory.Packages.props" | sed 's/.*Version="//; s/"//')" \
    "$(git -C "$(dirname "$DEPESCHE")" log -1 --format='%h %cs' -- src 2>/dev/null || echo '?') (last change to src/)"
  [ -s "$out/versions.txt" ] && printf '; peers: %s' "$(cut -d: -f1-2 "$out/versions.txt" | sed 's/ running.*//; s/ (.*//' | paste -sd';' | sed 's/;/; /g')"
  echo
} > "$out/machine.txt"
$PY "$report" table "$results" "$out/sets.tsv" "$out/machine.txt" "$out/command.txt" | tee "$out/table.md"
log "done: $out/table.md"
