#!/usr/bin/env bash
# Installs what the tests need (when missing) and runs the whole test suite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
if [ ! -d ../shared/data ]; then
  echo "test.sh: ../shared/data is missing; the tests read the evaluation data from there" >&2
  exit 2
fi
command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3; }
# The browser tests drive Debian's Chromium (/usr/bin/chromium) through the Playwright driver that ships in
# its NuGet package; Playwright itself never downloads a browser.
command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test "$root/Depesche.sln" -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?
# One plain closing line over all test projects, for readers of CI logs.
python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
runs = re.findall(r"Failed:\s+(\d+), Passed:\s+(\d+), Skipped:\s+(\d+)", text)
failed, passed, skipped = (sum(int(r[i]) for r in runs) for i in range(3))
errors = sorted(set(re.findall(r"^.*: error [A-Za-z]+\d+:.*$", text, re.M)))
print(f"{passed} passed, {failed} failed, {skipped} skipped" + (f"; build errors: {len(errors)} (a project's tests did not run)" if errors else ""))
PY
exit "$status"
