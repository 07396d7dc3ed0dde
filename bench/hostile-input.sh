#!/usr/bin/env bash
# The hostile-input test with a 100 MB single line (CI uses 20 MB): one `depesche ingest` over the generated
# folder of broken and hostile files (tests/Depesche.Tests/Reliability/HostileCorpus.cs). Prints the exit
# code, the peak resident memory, how many rejections and for how many files, and the non-binary rejections.
#   bench/hostile-input.sh [HUGE_LINE_MB]     (default 100)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
huge="${1:-100}"
report="$(mktemp)" log="$(mktemp)"
trap 'rm -f "$report" "$log"' EXIT
status=0
DEPESCHE_HOSTILE_HUGE_MB="$huge" DEPESCHE_HOSTILE_REPORT="$report" \
  dotnet test "$root/tests/Depesche.Tests/Depesche.Tests.csproj" -c Release --nologo \
    --filter "FullyQualifiedName~Reliability.HostileInputTests" >"$log" 2>&1 || status=$?
grep -E '^(exit code|peak RSS|huge line):' "$report" || true
echo "rejection lines: $(grep -cE ':[0-9]*:? ' "$report" || true), files rejected: $(grep -vE '^(commit|exit code|peak RSS|huge line)' "$report" | sed -E 's/(:[0-9]+)?: .*//' | sort -u | wc -l)"
grep -vE '/binaer\.(csv|jsonl):|^(exit code|peak RSS|huge line):' "$report" | sed -E 's|^/tmp/[^/]+/eingang/||' | cut -c1-160
[ "$status" -eq 0 ] && echo "result: passed" || { tail -30 "$log"; echo "result: FAILED (dotnet test exit $status)"; }
exit "$status"
