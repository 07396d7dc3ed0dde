using Depesche.Analysis.German;
using Depesche.Index;
using Depesche.Search;
using Depesche.Tests.TestSupport;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

/// <summary>The highlighter scorer that shares document frequencies marks and picks fragments exactly as Lucene's own QueryScorer.</summary>
public sealed class SharedTermWeightsTests : IDisposable
{
    private readonly TestArchive _archive = new([
        Draft("Minsk empfängt Gäste", "Die Delegation landete in Minsk. Minsk ist die Hauptstadt. Gespräche über Zusammenarbeit folgen.", id: "1"),
        Draft("Zusammenarbeit vereinbart", "Beide Länder wollen die Zusammenarbeit ausbauen, sagte der Minister in Peking.", id: "2"),
        Draft("Minister reist", "Der Minister reist nach Minsk und Peking. Dort trifft der Minister Kollegen.", id: "3"),
    ]);

    [Theory]
    [InlineData(Schema.Body, "Minsk Zusammenarbeit", "Der Minister sprach in Minsk lange über Wetter, Sport und Kultur. Danach ging es um Zusammenarbeit und Handel mit Minsk.")]
    [InlineData(Schema.Body, "Minister Peking", "In Peking sagte der Minister, Peking wolle mehr. Ein Minister aus Minsk widersprach dem Minister.")]
    [InlineData(Schema.Title, "Minsk empfängt", "Minsk empfängt Gäste aus Peking")]
    public void Marks_and_fragments_equal_lucenes_query_scorer(string field, string query, string text)
    {
        _archive.Archive.WithSearcher(searcher =>
        {
            var parsed = QuerySyntax.Parse(query);
            var built = new QueryBuilder(Stemming.Default, Ranking.Default).Build(parsed, MatchMode.Any, [], null, searcher.IndexReader).Query;
            var own = FieldQuery.Only(built, field)!;
            var lucene = Fragments(new QueryScorer(own, searcher.IndexReader, field), field, text);
            var shared = Fragments(new SharedTermWeights(own, searcher.IndexReader, field), field, text);
            Assert.Contains("<mark>", lucene);
            Assert.Equal(lucene, shared);
            return 0;
        });
    }

    private static string Fragments(QueryScorer scorer, string field, string text)
    {
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, 40) };
        using var tokens = ArchiveAnalyzer.Create(Stemming.Default).GetTokenStream(field, text);
        return string.Join(" | ", highlighter.GetBestFragments(tokens, text, 2));
    }

    public void Dispose() => _archive.Dispose();
}
