using Depesche.Analysis.German;
using Depesche.Index;

namespace Depesche.Tests.Analysis.German;

public sealed class StemmingTests
{
    public static TheoryData<StemmerKind> Kinds => new(Enum.GetValues<StemmerKind>());

    [Theory]
    [InlineData("none", StemmerKind.None)]
    [InlineData("light", StemmerKind.Light)]
    [InlineData("minimal", StemmerKind.Minimal)]
    [InlineData("german", StemmerKind.Snowball)]
    [InlineData("snowball", StemmerKind.Snowball)]
    [InlineData("german2", StemmerKind.Snowball2)]
    [InlineData("snowball2", StemmerKind.Snowball2)]
    [InlineData("German2", StemmerKind.Snowball2)]
    [InlineData("cistem", StemmerKind.Cistem)]
    [InlineData("CISTEM", StemmerKind.Cistem)]
    [InlineData("LIGHT", StemmerKind.Light)]
    public void Parses_the_names_the_cli_accepts(string name, StemmerKind kind)
    {
        Assert.Equal(kind, Stemming.Parse(name));
    }

    [Fact]
    public void An_unknown_name_is_a_clear_error_listing_the_choices()
    {
        var e = Assert.Throws<ArgumentException>(() => Stemming.Parse("porter"));
        Assert.Contains("'porter'", e.Message);
        Assert.Contains("german2", e.Message);
        Assert.Contains("cistem", e.Message);
    }

    [Fact]
    public void The_archive_stems_with_german2_by_default()
    {
        Assert.Equal(StemmerKind.Snowball2, Stemming.Default);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Singular_and_plural_meet_except_without_a_stemmer(StemmerKind kind)
    {
        var chain = TokenStreamProperties.BehindStandardTokenizer(ts => Stemming.Apply(Folding.Apply(ts), kind));
        string singular = Assert.Single(TokenDump.Analyze(chain, Schema.Body, "Regierung")).Term;
        string plural = Assert.Single(TokenDump.Analyze(chain, Schema.Body, "Regierungen")).Term;
        if (kind == StemmerKind.None) Assert.Equal(("regierung", "regierungen"), (singular, plural));
        else Assert.Equal(singular, plural);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Any_text_gives_well_formed_tokens(StemmerKind kind)
    {
        TokenStreamProperties.Hold(TokenStreamProperties.BehindStandardTokenizer(ts => Stemming.Apply(Folding.Apply(ts), kind)));
        TokenStreamProperties.Hold(TokenStreamProperties.BehindWhitespaceTokenizer(ts => Stemming.Apply(ts, kind)));
    }
}
