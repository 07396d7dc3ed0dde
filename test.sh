#!/usr/bin/env bash
# Installs what the tests need (when missing) and runs the whole test suite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
if [ ! -d ../shared/data ]; then
  echo "test.sh: ../shared/data is missing; the tests read the evaluation data from there" >&2
  exit 2
fi
dotnet test "$root/Depesche.sln" -c Release --nologo "$@"
