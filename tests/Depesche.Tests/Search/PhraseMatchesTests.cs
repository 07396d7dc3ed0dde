using Depesche.Analysis.German;
using Depesche.Index;
using Depesche.Search;
using Depesche.Tests.TestSupport;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Tests.Search;

/// <summary>
/// The re-ranking phrases score every document exactly as Lucene's PhraseQuery does (the ranking of every search
/// rests on it): in-order headline phrases and sloppy body phrases, words repeated in the phrase included, over
/// 600 real articles in two segments.
/// </summary>
public sealed class PhraseMatchesTests : IDisposable
{
    private readonly TestArchive _test = TestArchive.OfShared("eval/known-item-zeitgeist/corpus.jsonl", 600, commitEvery: 300);

    public static TheoryData<string, string, int> Phrases => new()
    {
        { Schema.Body, "Donald Trump", 6 },
        { Schema.Body, "Präsident Donald Trump", 6 },
        { Schema.Body, "Trump Donald", 6 },
        { Schema.Body, "Merz Kanzler", 2 },
        // A repeated word: two cursors on one word's positions (the headline stands twice in the body field).
        { Schema.Body, "Trump Präsident Trump", 30 },
        { Schema.Body, "Trump Ukraine Trump", 30 },
        { Schema.Body, "Ukraine Krieg Ukraine", 30 },
        { Schema.Body, "Ukraine Ukraine", 12 },
        { Schema.Title, "Donald Trump", 0 },
        { Schema.Title, "in der Ukraine", 0 },
        { Schema.Title, "Trump USA", 3 },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Every_document_gets_the_score_of_Lucenes_phrase_query(string field, string words, int slop)
    {
        var terms = TokenDump.Analyze(ArchiveAnalyzer.Create(StemmerKind.Snowball2), field, words).Select(t => (t.Term, t.Position)).ToList();
        var phrase = new RerankPhrase(field, terms, slop, 0.5f);
        var lucene = new PhraseQuery { Slop = slop, Boost = 0.5f };
        foreach (var (term, position) in terms) lucene.Add(new Term(field, term), position);
        _test.Archive.WithSearcher(searcher =>
        {
            var expected = searcher.Search(lucene, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
            var matches = PhraseMatches.For(searcher, phrase)!;
            var actual = new Dictionary<int, float>();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var segment = matches.Open(leaf);
                if (segment is null) continue;
                for (int doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                    if (segment.Score(doc) is > 0 and var score) actual[leaf.DocBase + doc] = score;
            }

            Assert.True(expected.Count >= 3, $"'{words}' matches only {expected.Count} articles");
            Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
            return 0;
        });
    }

    [Fact]
    public void The_test_archive_has_two_segments()
    {
        Assert.Equal(2, _test.Archive.WithSearcher(s => s.IndexReader.Leaves.Count));
    }

    public void Dispose() => _test.Dispose();
}
