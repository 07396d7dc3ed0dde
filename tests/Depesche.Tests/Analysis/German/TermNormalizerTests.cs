using Depesche.Analysis.German;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Analysis.German;

public sealed class TermNormalizerTests
{
    [Theory]
    [InlineData("Weißr", "weissr")]
    [InlineData("WEISSR", "weissr")]
    [InlineData("Verbünd", "verbund")]
    [InlineData("Verbuend", "verbund")]
    [InlineData("Café", "cafe")]
    [InlineData("Regierungen", "regierungen")]
    public void Folds_and_lower_cases_a_prefix_without_stemming_it(string word, string folded)
    {
        Assert.Equal(folded, TermNormalizer.Fold(word));
    }

    [Fact]
    public void Never_throws_and_always_returns_a_string()
    {
        foreach (string text in RandomText.Strings())
            Assert.NotNull(RandomText.CallWithoutException(text, TermNormalizer.Fold));
    }

    [Fact]
    public void Gives_the_same_answers_when_searches_run_in_parallel()
    {
        string[] words = ["Weißr", "Verbünd", "Straß", "Zoell", "MÜNCH", "Café"];
        string[] expected = words.Select(TermNormalizer.Fold).ToArray();
        var results = new string[2000];
        Parallel.For(0, results.Length, i => results[i] = TermNormalizer.Fold(words[i % words.Length]));
        for (int i = 0; i < results.Length; i++) Assert.Equal(expected[i % words.Length], results[i]);
    }
}
