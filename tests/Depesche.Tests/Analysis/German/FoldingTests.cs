using Depesche.Analysis.German;
using Depesche.Index;

namespace Depesche.Tests.Analysis.German;

public sealed class FoldingTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Chain = TokenStreamProperties.BehindStandardTokenizer(Folding.Apply);

    [Theory]
    [InlineData("Weißrussland", "weissrussland")]
    [InlineData("GROẞE", "grosse")]
    [InlineData("Verbündeten", "verbundeten")]
    [InlineData("Verbuendeten", "verbundeten")]
    [InlineData("Zölle", "zolle")]
    [InlineData("Zoelle", "zolle")]
    [InlineData("Ärzte", "arzte")]
    [InlineData("Aerzte", "arzte")]
    [InlineData("Café", "cafe")]
    [InlineData("Crème", "creme")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Øresund", "oresund")]
    public void Folds_every_spelling_to_one_ascii_form(string word, string folded)
    {
        Assert.Equal(folded, Assert.Single(TokenDump.Analyze(Chain, Schema.Body, word)).Term);
    }

    [Fact]
    public void Keeps_offsets_of_the_original_spelling()
    {
        var token = Assert.Single(TokenDump.Analyze(Chain, Schema.Body, "nach Weißrussland"), t => t.Term == "weissrussland");
        Assert.Equal((5, 17), (token.Start, token.End));
    }

    [Fact]
    public void Any_text_gives_well_formed_tokens()
    {
        TokenStreamProperties.Hold(Chain);
        TokenStreamProperties.Hold(TokenStreamProperties.BehindWhitespaceTokenizer(Folding.Apply));
    }
}
