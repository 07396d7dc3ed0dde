using System.Diagnostics;
using Depesche.Analysis.German;
using Depesche.Analysis.German.Compounds;
using Depesche.Articles;
using Depesche.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Depesche.Search;

/// <summary>
/// Runs searches against an <see cref="Archive"/>: parse, build, match all words of short queries
/// (falling back to partial matches when none has them all), rank with BM25, count facets, cut snippets.
/// </summary>
public sealed class ArchiveSearch
{
    /// <summary>How long a search may take: it stops collecting hits in time to answer with what it found, and says so in a note.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(1);

    // Kept for what follows collecting (re-ranking the best hits, snippets, facets, "did you mean"): measured at 50 to
    // 140 ms after a stopped collection on the 200,000-article archive.
    private static readonly TimeSpan AfterCollecting = TimeSpan.FromMilliseconds(200);

    /// <summary>Snippets stop this long before the time limit, leaving time for the rest of the answer (a page of 1,000 hits is written as JSON after it).</summary>
    internal TimeSpan SnippetReserve { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Archives of fewer articles are searched on one thread (<see cref="ParallelSegments"/>).</summary>
    internal int ParallelFrom { get; init; } = ParallelSegments.DefaultParallelFrom;

    /// <summary>The threads a search may use when no other search is running: the machine's cores.</summary>
    internal int SearchThreads { get; init; } = Environment.ProcessorCount;

    private readonly Archive _archive;
    private readonly QueryBuilder _builder;
    private readonly Ranking _ranking;
    private readonly BM25Similarity _allWords;
    private readonly BM25Similarity _anyWords;
    private readonly Analyzer _analyzer;
    private readonly Analyzer _german;
    private readonly Lock _lexiconGate = new();
    private volatile CommitLexicon? _lexicon;
    private int _lexiconBuild;
    private readonly TimeSpan _compoundRebuildInterval;
    private long _lexiconBuiltAt;

    /// <summary>How long a searcher goes on with its lexicon (compound index and name spellings) before it builds one for a newer commit.</summary>
    public static readonly TimeSpan DefaultCompoundRebuildInterval = TimeSpan.FromMinutes(1);

    /// <summary>A searcher over <paramref name="archive"/>; <paramref name="stemmer"/> must be the one it was indexed with.</summary>
    /// <param name="compoundRebuildInterval">
    /// The least time between two builds of the lexicon (<see cref="DefaultCompoundRebuildInterval"/> unless
    /// given): a build takes seconds of CPU at 200,000 articles, and an ingest may commit every few seconds; until the
    /// next build, compounds of words that only the newest articles use are not expanded (the articles are found by
    /// their own words at once).
    /// </param>
    public ArchiveSearch(Archive archive, Ranking? ranking = null, StemmerKind stemmer = Stemming.Default, TimeSpan? compoundRebuildInterval = null)
    {
        _compoundRebuildInterval = compoundRebuildInterval ?? DefaultCompoundRebuildInterval;
        _archive = archive;
        _ranking = ranking ?? Ranking.Default;
        _allWords = new BM25Similarity(_ranking.K1, _ranking.B);
        _anyWords = new BM25Similarity(_ranking.AnyK1, _ranking.AnyB);
        _builder = new QueryBuilder(stemmer, _ranking);
        _analyzer = ArchiveAnalyzer.Create(stemmer, CachedSteps.TextEntries);
        _german = new GermanTextAnalyzer(stemmer);
    }

    /// <summary>Runs <paramref name="request"/>.</summary>
    public SearchResponse Search(SearchRequest request)
    {
        request.Validate();
        var clock = Stopwatch.StartNew();
        return _archive.WithSearcher(shared => SearchOn(shared, request, clock));
    }

    /// <summary>
    /// Runs <paramref name="request"/> on <paramref name="searcher"/>, a commit's searcher that need not be the
    /// current one yet (<see cref="Archive.AddWarmer"/> warms caches with it before it is published).
    /// </summary>
    public SearchResponse SearchOn(IndexSearcher searcher, SearchRequest request)
    {
        request.Validate();
        return SearchOn(searcher, request, Stopwatch.StartNew());
    }

    private SearchResponse SearchOn(IndexSearcher shared, SearchRequest request, Stopwatch clock)
    {
        using var running = ParallelSegments.Searching();
        // The time limit is the query's: the commit's lexicon, loaded by the first search of a process (about a
        // second at 200,000 articles), had used it up, and a cold `depesche search` answered nothing.
        var lexicon = LexiconFor(shared);
        var started = clock.Elapsed;
        var parsed = QuerySyntax.Parse(request.Query);
        var filters = Filters(request);
        var notes = new List<QueryNote>(parsed.Notes);
        bool stopped = false;
        var collecting = new SearchDeadline(clock, started + TimeLimit - AfterCollecting);
        var snippets = new SearchDeadline(clock, started + TimeLimit - SnippetReserve);
        var (built, mode, (top, collector), relaxed, searcher) = RunWithFallback(shared, lexicon, parsed, filters,
            (s, b) => Run(s, b, request, collecting, ref stopped), r => r.Collector.Total == 0);
        if (relaxed && collector.Total > 0)
            notes.Add(new QueryNote("partial-match", "no article contains all the words; showing articles that contain some of them"));
        if (stopped)
            notes.Add(new QueryNote("time-limit", $"the search was stopped to answer within {TimeLimit.TotalSeconds:0} s; the hits and counts are those found until then"));
        notes.AddRange(built.Notes);
        var ranked = SortsByDate(request, built) ? top.ScoreDocs
            : ProximityRescorer.Rescore(searcher, top.ScoreDocs, built, _ranking, () => !collecting.Passed);
        var hits = Page(searcher, ranked, built.Query, request, () => !snippets.Passed, out int plain);
        if (plain > 0)
            notes.Add(new QueryNote("time-limit", $"the last {plain} hits show the opening of their article, not the best passage: the search had used its {TimeLimit.TotalSeconds:0} s"));
        return new SearchResponse
        {
            Query = request.Query,
            Total = collector.Total,
            TookMs = clock.Elapsed.TotalMilliseconds,
            Offset = request.Offset,
            Limit = request.Limit,
            Sort = SortsByDate(request, built) ? "date" : "relevance",
            Match = mode == MatchMode.All ? "all" : "any",
            Notes = Condensed(notes),
            Hits = hits,
            Facets = collector.Facets(),
            DidYouMean = collector.Total < 3 && !stopped && !collecting.Passed
                ? SpellingSuggester.Suggest(searcher.IndexReader, parsed, request.Query) : null,
        };
    }

    /// <summary>
    /// The top <paramref name="k"/> article ids and scores for a query, without snippets or facets:
    /// the path <c>depesche eval</c> times, with the same parsing and matching as <see cref="Search"/>.
    /// </summary>
    public IReadOnlyList<(string Id, float Score)> TopIds(string query, int k)
    {
        var parsed = QuerySyntax.Parse(query);
        using var running = ParallelSegments.Searching();
        return _archive.WithSearcher(shared =>
        {
            var (built, _, top, _, searcher) = RunWithFallback(shared, LexiconFor(shared), parsed, [],
                (s, b) => ParallelSegments.TopByScore(s, b.Query, Math.Max(k, ProximityRescorer.Depth), InOrder(b.Query), ParallelFrom, SearchThreads),
                t => t.TotalHits == 0);
            var ranked = ProximityRescorer.Rescore(searcher, top.ScoreDocs, built, _ranking);
            return ReadIds(searcher, ranked.Take(k).ToArray());
        });
    }

    /// <summary>
    /// <paramref name="article"/> with the words of <paramref name="query"/> marked in its headline and every
    /// paragraph (any word, as the query would find it: folded, stemmed, compounds and name variants).
    /// </summary>
    public HighlightedArticle Highlight(Article article, string query)
    {
        var parsed = QuerySyntax.Parse(query);
        return _archive.WithSearcher(searcher =>
        {
            var built = _builder.Build(parsed, MatchMode.Any, [], LexiconFor(searcher), searcher.IndexReader);
            var snippets = new Snippets(built.Query, searcher.IndexReader, _analyzer);
            return new HighlightedArticle(snippets.Title(article.Headline), article.Paragraphs.Select(snippets.Whole).ToList());
        });
    }

    /// <summary>Up to <paramref name="count"/> other stories most like <paramref name="article"/> by their words (see <see cref="RelatedArticles"/>).</summary>
    public IReadOnlyList<SearchHit> Related(Article article, int count = 5) => _archive.WithSearcher(shared =>
    {
        var searcher = Tuned(shared, MatchMode.All);
        return RelatedArticles.Find(searcher, _analyzer, article, count)
            .Select(d => Hit(StoredArticle.Read(searcher.Doc(d.Doc)), d.Score, null)).ToList();
    });

    // The lexicon (compound index and name spellings) follows the searcher's commit: built (compounds read from the
    // cache when there) once per commit. The first one is built before the first search; a later commit's is built
    // in the background, at most once per rebuild interval, while searches go on with the previous one (at 200,000
    // articles a build takes seconds, and every search waited for it). So a spelling first seen in a new article
    // finds its variants from the next build on; the article itself is searchable at once.
    private Lexicon LexiconFor(IndexSearcher searcher)
    {
        if (searcher.IndexReader is not DirectoryReader reader) return Lexicon.Empty;
        var current = _lexicon;
        if (current is not null && current.Version == reader.Version) return current.Index;
        if (current is null)
        {
            lock (_lexiconGate)
            {
                if (_lexicon is null)
                {
                    _lexicon = new CommitLexicon(reader.Version, Lexicon.ForCommit(_archive.DataFolder, reader, _german));
                    _lexiconBuiltAt = Stopwatch.GetTimestamp();
                }
                return _lexicon.Index;
            }
        }
        if (Stopwatch.GetElapsedTime(Volatile.Read(ref _lexiconBuiltAt)) >= _compoundRebuildInterval
            && Interlocked.CompareExchange(ref _lexiconBuild, 1, 0) == 0)
        {
            reader.IncRef();
            // One build at a time (the flag above), on a thread of its own and splitting on that one thread: from the
            // pool, splitting on every core, it took the threads a server's requests needed (stalls of 2-3.5 s).
            _ = Task.Factory.StartNew(() => BuildLexicon(reader), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        return current.Index;
    }

    private void BuildLexicon(DirectoryReader reader)
    {
        try
        {
            var index = Lexicon.ForCommit(_archive.DataFolder, reader, _german, threads: 1);
            if (reader.Version > (_lexicon?.Version ?? -1)) _lexicon = new CommitLexicon(reader.Version, index);
            Volatile.Write(ref _lexiconBuiltAt, Stopwatch.GetTimestamp());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // The next search after this one tries again; until then the previous lexicon serves.
        }
        finally
        {
            reader.DecRef();
            Volatile.Write(ref _lexiconBuild, 0);
        }
    }

    private sealed record CommitLexicon(long Version, Lexicon Index);

    // BM25's k1 and b act at search time only, so other values need no new index, just another searcher: queries
    // that need all their words and queries of any words have their own (Ranking).
    private IndexSearcher Tuned(IndexSearcher shared, MatchMode mode)
    {
        var similarity = mode == MatchMode.Any ? _anyWords : _allWords;
        return similarity.K1 == IndexSettings.Bm25K1 && similarity.B == IndexSettings.Bm25B
            ? shared
            : new IndexSearcher(shared.IndexReader) { Similarity = similarity };
    }

    // Runs the query in the mode its length asks for, with that mode's BM25; a short query that no article matches
    // completely runs again with any word (Relaxed), still ranked as a keyword search (its BM25, and without what
    // serves questions and long queries: word families would read 30 articles' text, and the families and parts of
    // unknown words would add postings lists, for a search that found nothing complete). The one place Search and
    // TopIds share, so eval measures what users get.
    private (BuiltQuery Built, MatchMode Mode, T Result, bool Relaxed, IndexSearcher Searcher) RunWithFallback<T>(IndexSearcher shared,
        Lexicon lexicon, ParsedQuery parsed, IReadOnlyList<Query> filters, Func<IndexSearcher, BuiltQuery, T> run, Func<T, bool> empty)
    {
        var mode = _builder.ModeFor(parsed);
        var searcher = Tuned(shared, mode);
        var built = _builder.Build(parsed, mode, filters, lexicon, searcher.IndexReader);
        var result = run(searcher, built);
        if (!empty(result) || mode == MatchMode.Any || built.ScoringGroups <= 1) return (built, mode, result, false, searcher);
        var relaxed = _builder.Build(parsed, MatchMode.Any, filters, lexicon, searcher.IndexReader, partial: true);
        return (relaxed, MatchMode.Any, run(searcher, relaxed), true, searcher);
    }

    // A hostile query earns a note per part (256 'syntax' notes): five of a kind are kept, then how many more.
    private static List<QueryNote> Condensed(List<QueryNote> notes) => notes.GroupBy(n => n.Code)
        .SelectMany(g => g.Count() <= 5 ? g : g.Take(5).Append(new QueryNote(g.Key, $"and {g.Count() - 5} more like these"))).ToList();

    private static bool SortsByDate(SearchRequest request, BuiltQuery built) =>
        request.Sort == SortOrder.Date || built.ScoringGroups == 0;

    // Whether hits are scored in document order, for Search and TopIds alike (so eval times what users get). A query of
    // optional words only is scored faster out of order (Lucene's bucket scorer: 200 questions at 200,000 articles,
    // without snippets, mean 6.7 -> 4.3 ms, p99 25 -> 11 ms); one with a required word is scored in order either way,
    // and offering out-of-order scoring would only make Lucene build a bucket table (2,048 objects a segment) for the
    // first required clause and drop it: 600 KB a search.
    private static bool InOrder(Query query) => query is BooleanQuery { Clauses: var clauses } && clauses.Any(c => c.IsRequired);

    private (TopDocs Top, HitCollector Collector) Run(IndexSearcher searcher, BuiltQuery built, SearchRequest request,
        SearchDeadline deadline, ref bool stopped)
    {
        bool byDate = SortsByDate(request, built);
        int n = byDate ? request.Offset + request.Limit : Math.Max(request.Offset + request.Limit, ProximityRescorer.Depth);
        var sort = byDate ? new Sort(new SortField(Schema.Date, SortFieldType.INT64, true)) : null;
        bool inOrder = InOrder(built.Query);
        (Func<TopDocs> Result, HitCollector Collector) Collector()
        {
            if (sort is not null)
            {
                var top = TopFieldCollector.Create(sort, n, false, true, false, true);
                return (top.GetTopDocs, new HitCollector(top, request.Facets));
            }
            var byScore = TopScoreDocCollector.Create(n, inOrder);
            return (byScore.GetTopDocs, new HitCollector(byScore, request.Facets));
        }

        // A first run that used up the time leaves none for the fallback run: it is not started.
        if (deadline.Passed)
        {
            stopped = true;
            var (none, empty) = Collector();
            return (none(), empty);
        }
        var weight = searcher.CreateNormalizedWeight(DeadlineQuery.Wrap(built.Query, deadline));
        int threads = sort is null ? SearchThreads : 1;
        var parts = ParallelSegments.Run(searcher, ParallelFrom, threads, () => new Part(Collector(), deadline), (part, leaf) =>
        {
            try
            {
                ParallelSegments.Collect(leaf, weight, part.Limited);
                return true;
            }
            catch (Exception e) when (e is TimeLimitingCollector.TimeExceededException or SearchDeadline.PassedException)
            {
                // What was collected so far stands: a huge or hostile query answers on time with part of its hits.
                // (The query stops while its scorers are built too: DeadlineQuery.)
                part.Late = true;
                return false;
            }
        });
        stopped |= parts.Any(p => p.Late);
        var top = ParallelSegments.Merge(parts.Select(p => p.Result()).ToList(), n);
        return (top, HitCollector.Sum(parts.Select(p => p.Hits)));
    }

    // One thread's collectors of a search (ParallelSegments), with the time limit that stops it.
    private sealed class Part((Func<TopDocs> Result, HitCollector Hits) collector, SearchDeadline deadline)
    {
        public Func<TopDocs> Result { get; } = collector.Result;

        public HitCollector Hits { get; } = collector.Hits;

        public TimeLimitingCollector Limited { get; } = deadline.Limit(collector.Hits);

        public bool Late { get; set; }
    }

    // Snippets are cut while inTime() holds: a page of 1,000 hits with snippets took most of a second on its own
    // (HTTP fuzz on 200,000 articles: 1.06 and 1.47 s); later hits show their article's opening, unmarked.
    private List<SearchHit> Page(IndexSearcher searcher, IReadOnlyList<ScoreDoc> ranked, Query query, SearchRequest request,
        Func<bool> inTime, out int plain)
    {
        var page = ranked.Skip(request.Offset).Take(request.Limit).ToList();
        var snippets = request.Snippets && page.Count > 0 ? new Snippets(query, searcher.IndexReader, _analyzer) : null;
        var hits = new List<SearchHit>(page.Count);
        plain = 0;
        foreach (var d in page)
        {
            var article = StoredArticle.Read(searcher.Doc(d.Doc));
            if (snippets is not null && !inTime())
            {
                plain++;
                hits.Add(Hit(article, d.Score, null) with
                {
                    HeadlineHighlighted = MinimalHtmlEncoder.Escape(article.Headline),
                    Snippet = Snippets.Opening(article.Body),
                });
            }
            else
            {
                hits.Add(Hit(article, d.Score, snippets));
            }
        }
        return hits;
    }

    private static SearchHit Hit(Article article, float score, Snippets? snippets) => new()
    {
        Id = article.Id,
        Slug = article.Slug,
        Headline = article.Headline,
        HeadlineHighlighted = snippets?.Title(article.Headline),
        Source = article.Source,
        Category = article.Category,
        Date = article.Date,
        Dateline = article.Dateline,
        Url = article.Url,
        Score = float.IsNaN(score) ? 0 : score,
        Snippet = snippets?.Body(article.Body),
    };

    private static List<(string Id, float Score)> ReadIds(IndexSearcher searcher, ScoreDoc[] docs)
    {
        var leaves = searcher.IndexReader.Leaves;
        var result = new List<(string, float)>(docs.Length);
        var bytes = new BytesRef();
        foreach (var d in docs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(d.Doc, leaves)];
            var ids = leaf.AtomicReader.GetBinaryDocValues(Schema.IdValue);
            ids.Get(d.Doc - leaf.DocBase, bytes);
            result.Add((bytes.Utf8ToString(), d.Score));
        }
        return result;
    }

    private static List<Query> Filters(SearchRequest request)
    {
        var filters = new List<Query>();
        if (request.Sources.Count > 0) filters.Add(QueryBuilder.KeywordFilter(Schema.Source, request.Sources));
        if (request.Categories.Count > 0) filters.Add(QueryBuilder.KeywordFilter(Schema.Category, request.Categories));
        if (request.From is not null || request.To is not null)
        {
            long? from = request.From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() : null;
            long? to = request.To is { } t ? new DateTimeOffset(t.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero).ToUnixTimeSeconds() : null;
            // Checked against each candidate's date in doc values: no index of the dates is needed (a numeric field's 16
            // index terms an article were 3.2 million postings at 200,000 articles).
            filters.Add(new ConstantScoreQuery(FieldCacheRangeFilter.NewInt64Range(Schema.Date, from, to, true, true)));
        }
        return filters;
    }
}
