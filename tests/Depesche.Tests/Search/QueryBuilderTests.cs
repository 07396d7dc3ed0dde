using Depesche.Search;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

public sealed class QueryBuilderTests : IDisposable
{
    private readonly TestArchive _archive = new([
        Draft("Außenminister reist nach Weißrussland", "MINSK: Der Außenminister traf die Verbündeten in Minsk."),
        Draft("Neue Straße in Köln eröffnet", "KÖLN: Die Straße verbindet zwei Stadtteile."),
    ]);

    [Fact]
    public void Or_joined_words_count_once_and_filters_exclusions_and_stop_words_not_at_all()
    {
        var builder = new QueryBuilder(Depesche.Analysis.German.Stemming.Default, Ranking.Default);
        Assert.Equal(2, builder.ScoringGroups(QuerySyntax.Parse("Minsk OR Kiew \"Li Shangfu\" -Lukaschenko source:dpa")));
        Assert.Equal(2, builder.ScoringGroups(QuerySyntax.Parse("Die Zusammenarbeit mit Minsk")));
    }

    [Fact]
    public void A_word_typed_twice_is_searched_once_with_twice_the_weight()
    {
        var builder = new QueryBuilder(Depesche.Analysis.German.Stemming.Default, Ranking.Default);
        _archive.Archive.WithSearcher(searcher =>
        {
            var once = builder.Build(QuerySyntax.Parse("Minsk"), MatchMode.All, [], null, searcher.IndexReader);
            var twice = builder.Build(QuerySyntax.Parse("Minsk Minsk"), MatchMode.All, [], null, searcher.IndexReader);
            var clauses = ((Lucene.Net.Search.BooleanQuery)twice.Query).Clauses;
            Assert.Single(clauses, c => c.Occur == Lucene.Net.Search.Occur.MUST);
            Assert.Equal(2, twice.ScoringGroups);

            var single = searcher.Search(once.Query, 10).ScoreDocs;
            var doubled = searcher.Search(twice.Query, 10).ScoreDocs;
            Assert.Equal(single.Select(d => d.Doc), doubled.Select(d => d.Doc));
            Assert.NotEmpty(single);
            // Headline, body and exact spelling all count twice, as two clauses of the same word did.
            foreach (var (a, b) in single.Zip(doubled)) Assert.Equal(2 * a.Score, b.Score, 4);
            return 0;
        });
    }

    [Theory]
    [InlineData("Weißr*")]
    [InlineData("Weissr*")]
    [InlineData("WEISSR*")]
    [InlineData("Außenmin*")]
    [InlineData("Aussenmin*")]
    [InlineData("Außenminister*")]
    [InlineData("Verbündete*")]
    public void A_prefix_finds_words_in_every_spelling(string query)
    {
        Assert.Equal(["Außenminister reist nach Weißrussland"], _archive.Headlines(query));
    }

    [Theory]
    [InlineData("Aussenminister*")]
    [InlineData("Verbuendete*")]
    public void A_prefix_in_ascii_spelling_finds_what_the_umlaut_spelling_finds(string query)
    {
        Assert.Equal(["Außenminister reist nach Weißrussland"], _archive.Headlines(query));
    }

    public void Dispose() => _archive.Dispose();
}
