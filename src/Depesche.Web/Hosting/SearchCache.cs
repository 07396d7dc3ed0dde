using System.Collections.Concurrent;
using System.Diagnostics;
using Depesche.Index;
using Depesche.Search;
using Lucene.Net.Index;

namespace Depesche.Web.Hosting;

/// <summary>
/// The answers to the searches of the archive's current commit, so that a search many readers repeat (the topic of
/// the day, the start page) is worked out once per commit rather than once per request. Every answer belongs to the
/// commit it was computed on: a new commit starts an empty cache, so no answer lags behind what is searchable.
/// </summary>
internal sealed class SearchCache(Archive archive, ArchiveSearch search, int capacity)
{
    private volatile Generation _current = new(-1);

    /// <summary>The answer to <paramref name="request"/>, from the cache when this commit answered it before.</summary>
    public SearchResponse Search(SearchRequest request)
    {
        if (capacity == 0) return search.Search(request);
        var clock = Stopwatch.StartNew();
        // Read before searching: the search sees this commit or a newer one, never an older one.
        long version = archive.WithSearcher(s => s.IndexReader is DirectoryReader reader ? reader.Version : -1);
        var generation = _current;
        if (version > generation.Version || generation.Answers.Count >= capacity)
            _current = generation = new Generation(version);
        else if (version < generation.Version)
            return search.Search(request);
        string key = Key(request);
        if (generation.Answers.TryGetValue(key, out var known)) return known with { TookMs = clock.Elapsed.TotalMilliseconds };
        var answer = search.Search(request);
        generation.Answers.TryAdd(key, answer);
        return answer;
    }

    // Every field of the request, in a form no two different requests share.
    private static string Key(SearchRequest r) => string.Join('\u001f', r.Query, r.Limit, r.Offset,
        string.Join('\u001e', r.Sources), string.Join('\u001e', r.Categories), r.From?.DayNumber, r.To?.DayNumber,
        r.Sort, r.Snippets, r.Facets);

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, SearchResponse> Answers { get; } = new(StringComparer.Ordinal);
    }
}
