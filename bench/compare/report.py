#!/usr/bin/env python3
"""Helpers of bench/compare.sh (stdlib only).

report.py json-field FILE KEY        prints one top-level field of a JSON file (depesche ingest --json)
report.py eval-kv EVAL.json          prints `depesche eval --json`'s latency as the peers' STATS k=v pairs
report.py table RESULTS.tsv SETS.tsv MACHINE.txt [COMMAND.txt]
                                     prints the comparison as one Markdown table, each peer figure with its
                                     ratio to Depesche's, and notes (both match modes, failures, machine)

RESULTS.tsv lines: ENGINE<TAB>index|search|fail<TAB>k=v k=v ...  (search lines carry set= and mode=).
"""
import json
import sys


def kv(s):
    return dict(t.split("=", 1) for t in s.split() if "=" in t)


def num(d, key):
    try:
        v = float(d[key])
    except (KeyError, TypeError, ValueError):
        return None
    return v if v == v else None  # NaN -> None


def load(results):
    index, search, fails, order = {}, {}, {}, []
    for line in open(results, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            continue
        eng, kind, d = parts[0], parts[1], kv(parts[2])
        if eng not in order:
            order.append(eng)
        if kind == "index":
            index[eng] = d
        elif kind == "search":
            search.setdefault(eng, {}).setdefault(d.get("set"), {})[d.get("mode")] = d
        elif kind in ("fail", "skip"):
            d["kind"] = kind
            fails.setdefault(eng, []).append(d)
    return index, search, fails, order


def fmt(v, kind):
    if v is None:
        return "–"
    if kind == "s":
        return "%.1f" % v
    if kind == "int":
        return "{:,.0f}".format(v)
    if kind == "rate":
        return "%.2f" % v
    if kind == "ms":
        return "%.3f" % v if v < 1 else "%.2f" % v if v < 100 else "%.0f" % v
    return str(v)


def ratio(v, ref):
    if v is None or not ref:
        return ""
    r = v / ref
    return " (%s×)" % ("%.2f" % r if r < 10 else "%.1f" % r if r < 100 else "%.0f" % r)


def table(results, sets_path, machine_path, command_path=None):
    index, search, fails, order = load(results)
    sets = []
    for line in open(sets_path, encoding="utf-8"):
        name, n, modes, src = line.rstrip("\n").split("\t")
        sets.append((name, int(n), modes.split(), src))
    engines = [e for e in order if e.startswith("depesche")] + [e for e in order if not e.startswith("depesche")]

    def best(eng, s):
        """The search run of ENG on set S shown in the table: the faster mode (lower mean latency)."""
        runs = [r for r in search.get(eng, {}).get(s, {}).values() if num(r, "mean_ms") is not None]
        return min(runs, key=lambda r: num(r, "mean_ms")) if runs else None

    def figures(eng):
        ix = index.get(eng, {})
        secs, docs, cb = num(ix, "index_seconds"), num(ix, "docs"), num(ix, "corpus_bytes")
        f = {
            "index_s": secs,
            "docs_s": docs / secs if docs and secs else None,
            "mb_s": cb / 1e6 / secs if cb and secs else None,
            "index_mb": num(ix, "index_bytes") / 1e6 if num(ix, "index_bytes") is not None else None,
            "index_rss": num(ix, "index_peak_rss_kb") * 1024 / 1e6 if num(ix, "index_peak_rss_kb") is not None else None,
        }
        rss = [num(r, "search_peak_rss_kb") for m in search.get(eng, {}).values() for r in m.values()]
        rss = [x for x in rss if x is not None]
        f["search_rss"] = max(rss) * 1024 / 1e6 if rss else None
        for name, *_ in sets:
            r = best(eng, name)
            f[name] = r
            for p in ("p50", "p95", "p99"):
                f[name + p] = num(r, p + "_ms") if r else None
        return f

    cols = [("index_s", "index s ↓", "s"), ("docs_s", "articles/s ↑", "int"), ("mb_s", "MB/s ↑", "rate"),
            ("index_mb", "index MB ↓", "int"), ("index_rss", "index peak RSS MB ↓", "int"),
            ("search_rss", "search peak RSS MB ↓", "int")]
    ref = figures("depesche") if "depesche" in engines else {}
    head = ["engine", "input", "articles"] + [c[1] for c in cols]
    for name, n, modes, _ in sets:
        head += ["%s: match" % name, "%s p50 ms ↓" % name, "%s p95 ms ↓" % name, "%s p99 ms ↓" % name]
    rows = []
    for eng in engines:
        f = figures(eng)
        ix = index.get(eng, {})
        is_ref = eng.startswith("depesche")
        row = ["**%s**" % eng if is_ref else eng, ix.get("input", "jsonl"), fmt(num(ix, "docs"), "int")]
        for key, _, kind in cols:
            row.append(fmt(f[key], kind) + ("" if is_ref or f[key] is None else ratio(f[key], ref.get(key))))
        for name, *_ in sets:
            r = f[name]
            row.append(r.get("mode", "") if r else "–")
            for p in ("p50", "p95", "p99"):
                v = f[name + p]
                row.append(fmt(v, "ms") + ("" if is_ref or v is None else ratio(v, ref.get(name + p))))
        if any(d["kind"] == "fail" for d in fails.get(eng, [])) and not ix:
            why = "; ".join("%s: %s" % (d.get("step"), d.get("why")) for d in fails[eng])
            row = [row[0], "**not measured** (%s)" % why] + ["–"] * (len(head) - 2)
        rows.append(row)

    print(open(machine_path, encoding="utf-8").read().strip())
    if command_path:
        print("command: `%s`" % open(command_path, encoding="utf-8").read().strip())
    print("query sets: " + "; ".join("%s = %d queries of %s (peers: MATCH=%s)" % (n_, c, s, "/".join(m))
                                     for n_, c, m, s in sets))
    print()
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" if i < 2 or h.endswith(": match") else "---:" for i, h in enumerate(head)) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    print("In brackets: the peer's figure divided by Depesche's (JSON Lines row). ↓ lower is better, so above 1× "
          "Depesche is better; ↑ higher is better, so below 1× Depesche is better. MB = 10^6 bytes; index MB = bytes "
          "on disk (Depesche: du of the data folder); peak RSS: index = the indexing process (Depesche: whole "
          "`ingest`), search = the process answering (Depesche: whole `eval`; the highest over the query sets). "
          "Latency: %s over %s timed passes after a warm-up, top %s." % (
              "per query", "/".join(sorted({r.get("passes", "?") for m in search.values() for s in m.values()
                                             for r in s.values()})) or "?",
              "/".join(sorted({r.get("k", "100") for m in search.values() for s in m.values() for r in s.values()}))))
    notes = []
    for name, n, modes, _ in sets:
        if len(modes) < 2:
            continue
        for eng in engines:
            runs = search.get(eng, {}).get(name, {})
            if len(runs) < 2:
                continue
            chosen = best(eng, name)
            parts = ["MATCH=%s p50/p95/p99 %s/%s/%s ms, mean %s ms, %s empty" % (
                m, fmt(num(r, "p50_ms"), "ms"), fmt(num(r, "p95_ms"), "ms"), fmt(num(r, "p99_ms"), "ms"),
                fmt(num(r, "mean_ms"), "ms"), r.get("empty_queries", "?")) for m, r in sorted(runs.items())]
            notes.append("%s, %s: %s; faster (lower mean): %s" % (eng, name, "; ".join(parts), chosen.get("mode")))
    for eng in engines:
        docs = num(index.get(eng, {}), "docs")
        if docs is not None and ref.get("index_s") is not None and eng != "depesche":
            d_ref = num(index.get("depesche", {}), "docs")
            if d_ref is not None and docs != d_ref:
                notes.append("%s indexed %d articles, Depesche %d" % (eng, docs, d_ref))
    empty = []
    for eng in engines:
        per_set = []
        for name, *_ in sets:
            r = search.get(eng, {}).get(name) or {}
            if r:
                per_set.append("%s %s" % (name, " / ".join("%s %s" % (m, x.get("empty_queries")) for m, x in sorted(r.items()))))
        if per_set:
            empty.append("%s: %s" % (eng, ", ".join(per_set)))
    if empty:
        notes.append("queries with no result: " + "; ".join(empty))
    for eng, fl in fails.items():
        for d in fl:
            if d["kind"] == "skip":
                notes.append("%s: %s not run (%s)" % (eng, d.get("step"), d.get("why")))
            else:
                notes.append("%s: %s failed (%s; log %s)" % (eng, d.get("step"), d.get("why"), d.get("log")))
    if notes:
        print()
        for n_ in notes:
            print("- " + n_)


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "json-field":
        print(json.load(open(sys.argv[2], encoding="utf-8")).get(sys.argv[3], ""))
    elif cmd == "eval-kv":
        d = json.load(open(sys.argv[2], encoding="utf-8"))
        lat = d.get("latency") or {}
        print("queries=%s passes=%s samples=%s p50_ms=%.4f p95_ms=%.4f p99_ms=%.4f mean_ms=%.4f empty_queries=%s k=%s docs=%s"
              % (d.get("queries"), d.get("passes"), lat.get("samples"), lat["p50"], lat["p95"], lat["p99"],
                 lat["mean"], d.get("empty"), d.get("k"), d.get("documents")))
    elif cmd == "table":
        table(*sys.argv[2:6])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
