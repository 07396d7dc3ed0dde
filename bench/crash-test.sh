#!/usr/bin/env bash
# The long crash test: many SIGKILL trials of `depesche ingest` (docs/reliability.md, "Crash test").
# Runs the same test as CI (tests/Depesche.Tests/Reliability/CrashTests.cs) with more trials, a larger
# corpus and more commits, and prints one line per trial and a summary.
#   bench/crash-test.sh [TRIALS] [ARTICLES] [COMMIT_EVERY] [SEED]     (defaults: 40 3000 50 2024)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
trials="${1:-40}" articles="${2:-3000}" commit_every="${3:-50}" seed="${4:-2024}"
report="$(mktemp)" log="$(mktemp)"
trap 'rm -f "$report" "$log"' EXIT
echo "crash test: $trials trials, $articles articles, commit every $commit_every, seed $seed ($(nproc) cores)"
status=0
DEPESCHE_CRASH_TRIALS="$trials" DEPESCHE_CRASH_ARTICLES="$articles" DEPESCHE_CRASH_COMMIT_EVERY="$commit_every" \
DEPESCHE_CRASH_SEED="$seed" DEPESCHE_CRASH_REPORT="$report" \
  dotnet test "$root/tests/Depesche.Tests/Depesche.Tests.csproj" -c Release --nologo \
    --filter "FullyQualifiedName~Reliability.CrashTests" >"$log" 2>&1 || status=$?
cat "$report"
[ "$status" -eq 0 ] || tail -40 "$log"
[ "$status" -eq 0 ] && echo "result: passed" || echo "result: FAILED (dotnet test exit $status)"
exit "$status"
