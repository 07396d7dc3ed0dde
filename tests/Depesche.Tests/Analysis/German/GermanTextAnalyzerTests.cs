using Depesche.Analysis.German;
using Depesche.Index;

namespace Depesche.Tests.Analysis.German;

public sealed class GermanTextAnalyzerTests
{
    private const string Golden = "german-text.tsv";

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
    [InlineData("Weißrussland", "WEISSRUSSLAND")]
    [InlineData("Verbündeten", "Verbuendeten")]
    [InlineData("Straße", "Strasse")]
    [InlineData("München", "Muenchen")]
    [InlineData("München", "MÜNCHEN")]
    [InlineData("Zölle", "Zoelle")]
    [InlineData("GROẞE", "große")]
    [InlineData("Café", "Cafe")]
    [InlineData("Außenminister", "AUSSENMINISTER")]
    public void Spellings_of_one_word_meet_in_one_term(string spelling, string other)
    {
        var a = Assert.Single(TokenDump.Analyze(new GermanTextAnalyzer(), Schema.Body, spelling));
        var b = Assert.Single(TokenDump.Analyze(new GermanTextAnalyzer(), Schema.Body, other));
        Assert.Equal(a.Term, b.Term);
    }

    [Fact]
    public void Stems_with_german2_unless_told_otherwise()
    {
        Assert.Equal(StemmerKind.Snowball2, new GermanTextAnalyzer().Stemmer);
        Assert.Equal(StemmerKind.Light, new GermanTextAnalyzer(StemmerKind.Light).Stemmer);
    }

    [Fact]
    public void Without_a_stemmer_words_are_only_folded()
    {
        var tokens = TokenDump.Analyze(new GermanTextAnalyzer(StemmerKind.None), Schema.Body, "Die Verbündeten senken die Zölle");
        Assert.Equal(["verbundeten", "senken", "zolle"], tokens.Select(t => t.Term));
    }

    [Fact]
    public void Ascii_spelled_stop_words_are_dropped_like_their_umlaut_spellings()
    {
        var analyzer = new GermanTextAnalyzer();
        var umlauts = TokenDump.Analyze(analyzer, Schema.Body, "Verbündete beraten über Zölle für Minsk während des Gipfels");
        var ascii = TokenDump.Analyze(analyzer, Schema.Body, "Verbuendete beraten ueber Zoelle fuer Minsk waehrend des Gipfels");
        Assert.Equal(umlauts.Select(t => (t.Term, t.Position)), ascii.Select(t => (t.Term, t.Position)));
    }

    [Theory]
    [InlineData(StemmerKind.None)]
    [InlineData(StemmerKind.Light)]
    [InlineData(StemmerKind.Minimal)]
    [InlineData(StemmerKind.Snowball)]
    [InlineData(StemmerKind.Snowball2)]
    [InlineData(StemmerKind.Cistem)]
    public void Any_text_gives_well_formed_tokens(StemmerKind stemmer)
    {
        TokenStreamProperties.Hold(new GermanTextAnalyzer(stemmer));
    }
}
