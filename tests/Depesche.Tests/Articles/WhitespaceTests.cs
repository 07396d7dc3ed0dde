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

    [Fact]
    public void Gives_what_a_plain_character_loop_gives()
    {
        // Text clean but for runs of spaces takes a faster path; the result must not depend on it.
        string[] spaced = ["Zwei  Leerzeichen", "  vorn", "hinten  ", " a  b   c    d ", "a \u00A0 b", "\uFEFF  x", "x  \uD83D\uDE00  y"];
        foreach (var text in RandomText.Strings().Concat(spaced))
            Assert.True(Reference(text) == Whitespace.Collapse(text), RandomText.Show(text));
    }

    // The rule of Collapse said another way: the words between separators (white space, control characters, the
    // byte-order mark), lone surrogates replaced, joined by single spaces.
    private static string Reference(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair) word.Append(c).Append(text[++i]);
            else if (!char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\uFEFF') word.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        return string.Join(' ', words);
    }
}
