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
