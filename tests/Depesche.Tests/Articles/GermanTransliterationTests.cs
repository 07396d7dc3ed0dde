using Depesche.Articles;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Articles;

public sealed class GermanTransliterationTests
{
    [Theory]
    [InlineData("Weißrussland", "Weissrussland")]
    [InlineData("Ärger über Öl", "Aerger ueber Oel")]
    [InlineData("Übel", "Uebel")]
    [InlineData("GROẞE STRAẞE", "GROSSE STRASSE")]
    [InlineData("Verbündeten", "Verbuendeten")]
    [InlineData("Café Crème in São Paulo", "Cafe Creme in Sao Paulo")]
    [InlineData("Ça va, Señor?", "Ca va, Senor?")]
    [InlineData("Gdańsk", "Gdansk")]
    [InlineData("Plain ASCII 2:1 (dpa)", "Plain ASCII 2:1 (dpa)")]
    public void Spells_german_letters_the_german_way_and_strips_other_accents(string text, string ascii)
    {
        Assert.Equal(ascii, GermanTransliteration.ToAscii(text));
    }

    [Fact]
    public void Decomposed_umlauts_lose_their_dots_but_keep_the_letter()
    {
        Assert.Equal("Munchen", GermanTransliteration.ToAscii("Mu\u0308nchen"));
    }

    [Fact]
    public void The_result_is_always_ascii()
    {
        foreach (string text in RandomText.Strings().Where(s => !s.Any(char.IsSurrogate)))
            if (!RandomText.CallWithoutException(text, GermanTransliteration.ToAscii).All(c => c < 128)) Assert.Fail($"not ASCII: {RandomText.Show(text)}");
    }

    [Theory]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Øresund", "Oresund")]
    [InlineData("Wałęsa", "Walesa")]
    public void Letters_with_a_stroke_keep_their_base_letter(string text, string ascii)
    {
        Assert.Equal(ascii, GermanTransliteration.ToAscii(text));
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_dropped_without_an_error()
    {
        Assert.Equal("Tor!  Bayern", GermanTransliteration.ToAscii("Tor! 😀 Bayern"));
    }
}
