using Depesche.Articles;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Articles;

public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("Minister  besucht   Minsk", "Minister besucht Minsk")]
    [InlineData("  Minister besucht Minsk \r\n", "Minister besucht Minsk")]
    [InlineData("Minister\tbesucht\u00A0Minsk", "Minister besucht Minsk")]
    [InlineData("Minister\u0007besucht\uFEFFMinsk", "Minister besucht Minsk")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    public void Folds_white_space_and_control_characters_into_single_spaces(string text, string expected) =>
        Assert.Equal(expected, Whitespace.Collapse(text));

    [Fact]
    public void Replaces_lone_surrogates_and_keeps_pairs()
    {
        Assert.Equal("lone \uFFFD surrogate", Whitespace.Collapse("lone " + '\uD800' + " surrogate"));
        Assert.Equal("Emoji \uD83D\uDE00 bleibt", Whitespace.Collapse("Emoji \uD83D\uDE00  bleibt"));
    }

    [Fact]
    public void Returns_clean_text_as_it_is_and_every_result_is_clean()
    {
        const string clean = "Weißrussland und China: Zusammenarbeit – „verstärken“.";
        Assert.Same(clean, Whitespace.Collapse(clean));
        foreach (var text in RandomText.Strings())
        {
            string once = Whitespace.Collapse(text);
            Assert.Equal(once, Whitespace.Collapse(once));
            Assert.DoesNotContain("  ", once, StringComparison.Ordinal);
            Assert.False(once.Any(c => char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ')), RandomText.Show(text));
        }
    }
}
