using Depesche.Analysis.German;
using Depesche.Index;

namespace Depesche.Tests.Analysis.German;

public sealed class ExactAnalyzerTests
{
    private const string Golden = "exact.tsv";

    public static TheoryData<string, int, string> GoldenBlocks => GoldenTokens.Cases(Golden);

    [Theory]
    [MemberData(nameof(GoldenBlocks))]
    public void Produces_the_golden_tokens(string file, int line, string input)
    {
        _ = input;
        GoldenTokens.AssertBlock(file, line);
    }

    [Theory]
    [InlineData("Weißrussland", "Weissrussland")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Verbündeten", "Verbuendeten")]
    [InlineData("Café", "Cafe")]
    public void Keeps_spellings_apart_so_the_typed_one_can_rank_first(string spelling, string other)
    {
        var a = Assert.Single(TokenDump.Analyze(new ExactAnalyzer(), Schema.Exact, spelling));
        var b = Assert.Single(TokenDump.Analyze(new ExactAnalyzer(), Schema.Exact, other));
        Assert.NotEqual(a.Term, b.Term);
        Assert.Equal(spelling.ToLowerInvariant(), a.Term);
    }

    [Fact]
    public void Any_text_gives_well_formed_tokens()
    {
        TokenStreamProperties.Hold(new ExactAnalyzer());
    }
}
