#!/usr/bin/env bash
# Screenshots of the main pages for docs/screenshots/: ingests the seed article and samples/ into a throwaway
# archive, serves it on a free loopback port, and has Debian's headless Chromium photograph the start page, a
# search, an article (arriving from that search), and the search at a phone's width (375 x 740).
#
# usage: docs/screenshots/take.sh [OUT_DIR=docs/screenshots]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(cd "${1:-$root/docs/screenshots}" && pwd)"
command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }
work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$root/depesche" ingest --data "$work/data" "$root/../shared/data/seed/000_03ff23e65ee66c62.txt" "$root/samples" >/dev/null
"$root/depesche" serve --data "$work/data" --urls http://127.0.0.1:0 > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q '^serving ' "$work/serve.log" && break; sleep 0.1; done
base="$(sed -n 's/^serving \(http[^ ]*\).*/\1/p' "$work/serve.log")"
[ -n "$base" ] || { cat "$work/serve.log" >&2; exit 1; }
slug="chinas-verteidigungsminister-verspricht-die-zusammenarbeit-mit-dem-russischen-verbuendeten-weissrussland-zu-verstaerken"

shot() { # NAME WIDTH HEIGHT PATH
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --no-first-run --hide-scrollbars --user-data-dir="$work/profile" --window-size="$2,$3" \
    --screenshot="$out/$1.png" "$base$4" >/dev/null 2>&1
  echo "$out/$1.png: $(( $(stat -c %s "$out/$1.png") / 1024 )) KB"
}
shot start 1280 1000 "/"
shot search 1280 1100 "/suche?q=Weissrussland"
shot article 1280 1000 "/artikel/$slug?q=Weissrussland"
shot search-phone 375 740 "/suche?q=Weissrussland"
