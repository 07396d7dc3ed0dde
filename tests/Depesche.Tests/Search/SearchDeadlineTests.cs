using System.Diagnostics;
using Depesche.Analysis.German;
using Depesche.Index;
using Depesche.Search;
using Depesche.Tests.TestSupport;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Tests.Search;

/// <summary>
/// A search stops collecting at its deadline on the real clock, counted from the start of the search (not from the
/// first segment, and not by Lucene's global timer thread), and stops while its scorers are built too; a query whose
/// deadline has not passed finds and scores exactly as without one.
/// </summary>
public sealed class SearchDeadlineTests : IDisposable
{
    private readonly TestArchive _test = TestArchive.OfShared("eval/known-item-zeitgeist/corpus.jsonl", 600, commitEvery: 200);

    [Fact]
    public void A_collector_stops_at_the_first_hit_after_a_deadline_that_passed_before_its_first_segment()
    {
        var clock = Stopwatch.StartNew();
        var deadline = new SearchDeadline(clock, TimeSpan.FromMilliseconds(20));
        var counted = new CountingCollector();
        var limited = deadline.Limit(counted);
        // The weights are built in between: Lucene's own baseline would start the time here.
        Thread.Sleep(60);
        _test.Archive.WithSearcher(searcher =>
        {
            limited.SetNextReader(searcher.IndexReader.Leaves[0]);
            return 0;
        });

        Assert.True(deadline.Passed);
        Assert.Throws<TimeLimitingCollector.TimeExceededException>(() => limited.Collect(0));
        Assert.Equal(0, counted.Hits);
    }

    [Fact]
    public void A_collector_before_its_deadline_collects_every_hit()
    {
        var deadline = new SearchDeadline(Stopwatch.StartNew(), TimeSpan.FromSeconds(30));
        var counted = new CountingCollector();
        var limited = deadline.Limit(counted);

        for (int doc = 0; doc < 1000; doc++) limited.Collect(doc);

        Assert.False(deadline.Passed);
        Assert.Equal(1000, counted.Hits);
    }

    [Fact]
    public void A_query_past_its_deadline_stops_while_its_scorers_are_built()
    {
        var deadline = new SearchDeadline(Stopwatch.StartNew(), TimeSpan.Zero);
        var query = new BooleanQuery { { Term("minister"), Occur.SHOULD }, { Term("berlin"), Occur.SHOULD } };

        _test.Archive.WithSearcher(searcher =>
        {
            var weight = searcher.CreateNormalizedWeight(DeadlineQuery.Wrap(query, deadline));
            var leaf = searcher.IndexReader.Leaves[0];
            Assert.Throws<SearchDeadline.PassedException>(() => weight.GetScorer(leaf, null));
            Assert.Throws<SearchDeadline.PassedException>(() => weight.GetBulkScorer(leaf, false, null));
            return 0;
        });
    }

    // Term, phrase, prefix (rewritten), required, optional and excluded clauses, at least two optional ones,
    // constant scores and boosts: in document order and out of it.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_query_before_its_deadline_finds_and_scores_as_the_query_it_wraps(bool inOrder)
    {
        var phrase = BodyPhrase("Krieg in der Ukraine");
        var atLeastTwo = new BooleanQuery { { Term("trump"), Occur.SHOULD }, { Term("ukraine"), Occur.SHOULD }, { Term("regierung"), Occur.SHOULD } };
        atLeastTwo.MinimumNumberShouldMatch = 2;
        var queries = new List<Query>
        {
            Term("ukraine"),
            phrase,
            new PrefixQuery(new Lucene.Net.Index.Term(Schema.Exact, "minist")),
            new BooleanQuery { { Term("regierung"), Occur.MUST }, { Term("berlin"), Occur.SHOULD }, { Term("trump"), Occur.MUST_NOT } },
            new BooleanQuery(disableCoord: true) { { Term("merkel"), Occur.SHOULD }, { new TermQuery(new Lucene.Net.Index.Term(Schema.Title, "corona")) { Boost = 2.5f }, Occur.SHOULD } },
            atLeastTwo,
            new ConstantScoreQuery(Term("deutschland")) { Boost = 0.7f },
            // One clause: Lucene rewrites the query to its clause, carrying the boost over to the wrapper.
            Boosted(new BooleanQuery { { Term("ukraine"), Occur.SHOULD } }, 3f),
        };
        var deadline = new SearchDeadline(Stopwatch.StartNew(), TimeSpan.FromMinutes(5));
        int found = 0;
        _test.Archive.WithSearcher(searcher =>
        {
            foreach (var query in queries)
            {
                var expected = Top(searcher, query, inOrder);
                var actual = Top(searcher, DeadlineQuery.Wrap(query, deadline), inOrder);
                Assert.Equal(expected.TotalHits, actual.TotalHits);
                Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
                if (expected.TotalHits > 0) found++;
            }
            return 0;
        });
        Assert.True(found >= 6, $"only {found} of the queries found anything");
    }

    public void Dispose() => _test.Dispose();

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    private static TermQuery Term(string text) => new(new Lucene.Net.Index.Term(Schema.Exact, text));

    // The text's body terms at their positions (the exact field holds no positions).
    private static PhraseQuery BodyPhrase(string text)
    {
        var phrase = new PhraseQuery();
        foreach (var token in TokenDump.Analyze(ArchiveAnalyzer.Create(Stemming.Default), Schema.Body, text))
            phrase.Add(new Lucene.Net.Index.Term(Schema.Body, token.Term), token.Position);
        return phrase;
    }

    private static TopDocs Top(IndexSearcher searcher, Query query, bool inOrder)
    {
        var collector = TopScoreDocCollector.Create(50, inOrder);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    private sealed class CountingCollector : ICollector
    {
        public int Hits { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => Hits++;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void SetScorer(Scorer scorer)
        {
        }
    }
}
