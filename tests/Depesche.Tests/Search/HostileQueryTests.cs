using System.Diagnostics;
using CsCheck;
using Depesche.Index;
using Depesche.Search;
using Depesche.Tests.Reliability;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Search;

/// <summary>
/// Hostile queries (<see cref="HostileQueries"/>) never throw and never run long: search, the lean eval path and
/// the article page's highlighting, on a small archive in CI. bench/query-fuzz.sh runs the same tests longer
/// (<c>DEPESCHE_FUZZ_ITER</c>) and on a real archive (<c>DEPESCHE_FUZZ_DATA</c>, a copy: search only reads it),
/// writing the slowest queries to <c>DEPESCHE_FUZZ_REPORT</c>.
/// </summary>
public sealed class HostileQueryTests : IClassFixture<HostileQueryTests.Archive>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(Setting("DEPESCHE_FUZZ_LIMIT_MS", 2000) / 1000.0);
    private readonly Archive _archive;

    public HostileQueryTests(Archive archive) => _archive = archive;

    [Fact]
    public void Named_edge_cases_answer_quickly_without_an_exception()
    {
        var timings = HostileQueries.EdgeCases().Select(c => (c.Name, Elapsed: _archive.Run(c.Query))).ToList();
        _archive.Report(timings);
        var slow = timings.Where(t => t.Elapsed > Limit).ToList();
        Assert.True(slow.Count == 0, "slow: " + string.Join(", ", slow.Select(s => $"{s.Name} {s.Elapsed.TotalMilliseconds:0} ms")));
    }

    [Fact]
    public void Random_hostile_queries_answer_quickly_without_an_exception()
    {
        var timings = new List<(string, TimeSpan)>();
        try
        {
            HostileQueries.Generator.Sample(query =>
            {
                var elapsed = _archive.Run(query);
                lock (timings) timings.Add((RandomText.Show(query), elapsed));
                Assert.True(elapsed <= Limit, $"{elapsed.TotalMilliseconds:0} ms");
            }, seed: HostileQueries.Seed, iter: Setting("DEPESCHE_FUZZ_ITER", 150), threads: 1, print: RandomText.Show);
        }
        finally
        {
            _archive.Report(timings);
        }
    }

    [Fact]
    public void A_search_out_of_time_answers_with_a_note_instead_of_running_on()
    {
        using var archive = new TestArchive([TestArchive.Draft("Minister in Berlin", "Der Minister sprach.")]);
        var search = new ArchiveSearch(archive.Archive) { TimeLimit = TimeSpan.Zero };

        var response = search.Search(new SearchRequest { Query = "Minister" });

        Assert.Contains(response.Notes, n => n.Code == "time-limit" && n.Message.Contains("stopped"));
        Assert.Empty(response.Hits);
    }

    [Fact]
    public void A_query_of_many_faults_gets_a_few_notes_of_each_kind_not_hundreds()
    {
        using var archive = new TestArchive([TestArchive.Draft("Minister in Berlin", "Der Minister sprach.")]);

        var notes = archive.Find(string.Concat(Enumerable.Repeat("*a?b* ", 300))).Notes;

        Assert.Equal(6, notes.Count(n => n.Code == "syntax"));
        Assert.Contains(notes, n => n.Message.EndsWith("more like these", StringComparison.Ordinal));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out int value) ? value : fallback;

    /// <summary>The archive the queries run on: a small generated one, or <c>DEPESCHE_FUZZ_DATA</c>.</summary>
    public sealed class Archive : IDisposable
    {
        private readonly TempDirectory _work = new();
        private readonly Depesche.Index.Archive _archive;
        private readonly ArchiveSearch _search;
        private readonly global::Depesche.Articles.Article _article;

        public Archive()
        {
            string? data = Environment.GetEnvironmentVariable("DEPESCHE_FUZZ_DATA");
            if (data is null)
            {
                data = _work.PathOf("data");
                var corpus = GeneratedCorpus.Write(_work.PathOf("corpus"), 400, seed: 12);
                using var writer = ArchiveWriter.Open(data, TimeSpan.FromSeconds(5));
                foreach (var r in corpus.Records)
                    writer.Upsert(global::Depesche.Articles.ArticleFactory.Create(TestArchive.Draft(r.Headline, string.Join('\n', r.Paragraphs), r.Source, r.Category, r.Published, r.Id), r.Published));
                writer.Commit("test");
            }
            _archive = Depesche.Index.Archive.Open(data);
            _search = new ArchiveSearch(_archive);
            _article = _search.Search(new SearchRequest { Query = "", Limit = 1 }).Hits.Select(h => _archive.FindById(h.Id)!).Single();
            Run("Minister Berlin"); // warms the searcher and the compound index, which a first query builds
        }

        /// <summary>
        /// Runs <paramref name="query"/> through search (both sorts), highlighting and eval's path; returns the slowest of
        /// the first three, which readers wait for (eval's path has no time limit: it measures the engine's full work).
        /// </summary>
        public TimeSpan Run(string query)
        {
            var slowest = TimeSpan.Zero;
            foreach (var step in new Action[]
            {
                () => _search.Search(new SearchRequest { Query = query }),
                () => _search.Search(new SearchRequest { Query = query, Sort = SortOrder.Date, Limit = 3 }),
                () => _search.Highlight(_article, query),
            })
            {
                var clock = Stopwatch.StartNew();
                RandomText.CallWithoutException(query, q => { step(); return 0; });
                if (clock.Elapsed > slowest) slowest = clock.Elapsed;
            }
            RandomText.CallWithoutException(query, q => _search.TopIds(q, 100));
            return slowest;
        }

        /// <summary>Appends the ten slowest to <c>DEPESCHE_FUZZ_REPORT</c>, when set.</summary>
        public void Report(IEnumerable<(string Name, TimeSpan Elapsed)> timings)
        {
            if (Environment.GetEnvironmentVariable("DEPESCHE_FUZZ_REPORT") is not { } report) return;
            var all = timings.ToList();
            File.AppendAllLines(report, [$"{all.Count} queries, slowest:",
                .. all.OrderByDescending(t => t.Elapsed).Take(10).Select(t => $"  {t.Elapsed.TotalMilliseconds,8:0.0} ms  {Cut(t.Name)}")]);
        }

        public void Dispose()
        {
            _archive.Dispose();
            _work.Dispose();
        }

        private static string Cut(string text) => text.Length > 100 ? text[..100] + "..." : text;
    }
}
