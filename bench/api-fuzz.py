#!/usr/bin/env python3
# The HTTP side of the long query fuzz (docs/reliability.md, "Hostile queries"): named hostile queries and N random
# ones (fixed seed) against a running `depesche serve`, each on /api/search, /api/facets, /suche and
# /api/search?sort=date&limit=1000; prints the status counts, the slowest answers (client-side ms) and the 5xx count.
#   python3 bench/api-fuzz.py BASE_URL [N]      e.g. serve a copy of data-200k with --search-cache 0 first
import random, time, urllib.parse, urllib.request, urllib.error, sys, json
base = sys.argv[1]; random.seed(2026)
words = ["Weißrussland","Minister","Lukaschenko","Kiew","Verteidigungsminister","Corona-Krise","der","und","E-Mail","Koalitionsausschuss","Trump","Ukraine"]
ops = ['"', '(', ')', '[', ']', '{', '}', '*', '?', '-', '+', '!', '&&', '||', 'OR', 'NOT', 'AND', ':', '~', '^', 'title:', 'source:', 'kategorie:', 'quelle:', '*a*', '1e308', '-1', '\x00', '\x7f', '\u202e', '\ud7ff', 'ẞ', '\u3000']
named = ['"' * 2000, '(' * 1500 + 'Minsk' + ')' * 1500, ' '.join(['wort%d' % i for i in range(450)]), '*minister', '*a*', '?', 'a*', ' '.join(w[:2] + '*' for w in words * 30)[:3900], 'Minsk OR ' * 400, 'NOT Minsk ' * 350, 'ä' * 3900, '\u202eMinsk\u202c', '"Lukaschenko Minsk', 'title:', 'source:dpa category:politik']
def rnd():
    n = random.randint(1, 40)
    return ' '.join(random.choice(words + ops + [''.join(chr(random.randint(1, 0xFFFF)) for _ in range(random.randint(1, 6)))]) for _ in range(n))
queries = named + [rnd() for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 300)]
worst = []; codes = {}
for q in queries:
    for path in ['/api/search?q=', '/api/facets?q=', '/suche?q=', '/api/search?sort=date&limit=1000&q=']:
        url = base + path + urllib.parse.quote(q.encode('utf-8', 'surrogatepass'), safe='')
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=30) as r: code = r.status; r.read()
        except urllib.error.HTTPError as e: code = e.code; e.read()
        dt = (time.perf_counter() - t) * 1000
        codes[code] = codes.get(code, 0) + 1
        worst.append((dt, code, path, q[:60]))
worst.sort(reverse=True)
print('requests', len(worst), 'status counts', codes)
for w in worst[:6]: print('%7.1f ms %d %s %r' % w)
print('5xx:', sum(v for k, v in codes.items() if k >= 500))
