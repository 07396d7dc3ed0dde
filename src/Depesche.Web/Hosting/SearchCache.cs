using System.Collections.Concurrent;
using System.Diagnostics;
using Depesche.Index;
using Depesche.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Web.Hosting;

/// <summary>
/// The answers to the searches of the archive's current commit, so that a search many readers repeat (the topic of
/// the day, the start page) is worked out once per commit rather than once per request. Every answer belongs to the
/// commit it was computed on: a new commit starts a new cache, so no answer lags behind what is searchable.
/// A new commit's cache is warmed before the commit is published (as search servers autowarm a new searcher): the
/// searches asked most on the previous commit are answered on the new one first, while requests are still served
/// from the previous commit. Without that, every cached search was worked out again at once after each commit of a
/// running ingest, and under load requests waited seconds for them (docs/benchmarks.md, issue 6).
/// </summary>
internal sealed class SearchCache
{
    /// <summary>At most this many searches are answered ahead for a new commit.</summary>
    public const int WarmEntries = 256;

    /// <summary>Warming stops after this long, so that a new commit is published within a few seconds.</summary>
    public static readonly TimeSpan WarmBudget = TimeSpan.FromSeconds(3);

    private readonly Archive _archive;
    private readonly ArchiveSearch _search;
    private readonly int _capacity;
    private volatile Generation _current = new(-1);
    private volatile Generation? _warmed;

    /// <summary>A cache of up to <paramref name="capacity"/> answers (0: none) for searches of <paramref name="archive"/>.</summary>
    public SearchCache(Archive archive, ArchiveSearch search, int capacity)
    {
        _archive = archive;
        _search = search;
        _capacity = capacity;
        if (capacity > 0) archive.AddWarmer(Warm);
    }

    /// <summary>How many searches the last warm-up answered ahead for a new commit.</summary>
    public int LastWarmed { get; private set; }

    /// <summary>The answer to <paramref name="request"/>, from the cache when this commit answered it before.</summary>
    public SearchResponse Search(SearchRequest request)
    {
        if (_capacity == 0) return _search.Search(request);
        var clock = Stopwatch.StartNew();
        // Read before searching: the search sees this commit or a newer one, never an older one.
        long version = _archive.Version;
        var generation = _current;
        if (version > generation.Version)
            _current = generation = _warmed is { } warmed && warmed.Version == version ? warmed : new Generation(version);
        else if (generation.Answers.Count >= _capacity)
            _current = generation = new Generation(version);
        else if (version < generation.Version)
            return _search.Search(request);
        string key = Key(request);
        if (generation.Answers.TryGetValue(key, out var known))
        {
            Interlocked.Increment(ref known.Hits);
            return known.Answer with { TookMs = clock.Elapsed.TotalMilliseconds };
        }
        var answer = _search.Search(request);
        generation.Answers.TryAdd(key, new Entry(request, answer));
        return answer;
    }

    // Called with a new commit's searcher before it serves.
    private void Warm(IndexSearcher searcher)
    {
        if (searcher.IndexReader is not DirectoryReader reader) return;
        var warmed = new Generation(reader.Version);
        var clock = Stopwatch.StartNew();
        foreach (var (key, entry) in _current.Answers.OrderByDescending(e => Volatile.Read(ref e.Value.Hits)).Take(WarmEntries).ToList())
        {
            if (clock.Elapsed > WarmBudget) break;
            try
            {
                warmed.Answers.TryAdd(key, new Entry(entry.Request, _search.SearchOn(searcher, entry.Request)));
            }
            catch (Exception e) when (e is DepescheException or IOException or ObjectDisposedException)
            {
                // Asked again, the search is worked out (or fails) then.
            }
        }
        _warmed = warmed;
        LastWarmed = warmed.Answers.Count;
    }

    // Every field of the request, in a form no two different requests share.
    private static string Key(SearchRequest r) => string.Join('\u001f', r.Query, r.Limit, r.Offset,
        string.Join('\u001e', r.Sources), string.Join('\u001e', r.Categories), r.From?.DayNumber, r.To?.DayNumber,
        r.Sort, r.Snippets, r.Facets);

    private sealed class Entry(SearchRequest request, SearchResponse answer)
    {
        public int Hits;

        public SearchRequest Request { get; } = request;

        public SearchResponse Answer { get; } = answer;
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, Entry> Answers { get; } = new(StringComparer.Ordinal);
    }
}
