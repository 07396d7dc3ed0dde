#!/usr/bin/env bash
# The long query fuzz (docs/reliability.md, "Hostile queries"): the named hostile queries and ITER random ones
# (CsCheck, fixed seed) through search, eval's path and highlighting, on DATA, each under LIMIT_MS. Prints the
# slowest queries. Search writes a compound cache into the data folder: give it a copy, never the original.
#   bench/query-fuzz.sh DATA [ITER] [LIMIT_MS]      (defaults: 3000 queries, 1000 ms)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:?usage: bench/query-fuzz.sh DATA [ITER] [LIMIT_MS]}" iter="${2:-3000}" limit="${3:-1000}"
[ -d "$data/index" ] || { echo "query-fuzz: no archive in $data" >&2; exit 2; }
report="$(mktemp)" log="$(mktemp)"
trap 'rm -f "$report" "$log"' EXIT
echo "query fuzz: $iter random queries plus the named ones on $data ($(nproc) cores), limit $limit ms each"
status=0
DEPESCHE_FUZZ_DATA="$(cd "$data" && pwd)" DEPESCHE_FUZZ_ITER="$iter" DEPESCHE_FUZZ_LIMIT_MS="$limit" DEPESCHE_FUZZ_REPORT="$report" \
  dotnet test "$root/tests/Depesche.Tests/Depesche.Tests.csproj" -c Release --nologo \
    --filter "FullyQualifiedName~Search.HostileQueryTests&FullyQualifiedName~quickly" >"$log" 2>&1 || status=$?
cat "$report"
[ "$status" -eq 0 ] && echo "result: passed" || { grep -E "Error Message|slow:|ms$" -A2 "$log" | head -30; echo "result: FAILED (dotnet test exit $status)"; }
exit "$status"
