using Depesche.Analysis.German;
using Depesche.Index;

namespace Depesche.Tests.Analysis.German;

public sealed class StopWordsTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Chain = TokenStreamProperties.BehindStandardTokenizer(StopWords.Apply);

    [Fact]
    public void Drops_common_words_and_leaves_gaps_so_phrases_still_line_up()
    {
        var tokens = TokenDump.Analyze(Chain, Schema.Body, "Der Präsident und die Ministerin reisten nach Minsk");
        Assert.Equal([("präsident", 1), ("ministerin", 4), ("reisten", 5), ("minsk", 7)], tokens.Select(t => (t.Term, t.Position)));
    }

    [Theory]
    [InlineData("und")]
    [InlineData("der")]
    [InlineData("die")]
    [InlineData("das")]
    [InlineData("nicht")]
    [InlineData("über")]
    [InlineData("für")]
    public void The_set_holds_the_common_german_words(string word)
    {
        Assert.True(StopWords.Set.Contains(word), $"{word} is not in the stop-word set");
        Assert.Empty(TokenDump.Analyze(Chain, Schema.Body, word.ToUpperInvariant()));
    }

    [Fact]
    public void Any_text_gives_well_formed_tokens()
    {
        TokenStreamProperties.Hold(Chain);
        TokenStreamProperties.Hold(TokenStreamProperties.BehindWhitespaceTokenizer(StopWords.Apply));
    }

    [Theory]
    [InlineData("fur")]
    [InlineData("konnen")]
    [InlineData("fuer")]
    [InlineData("muß")]
    public void Umlaut_ascii_and_eszett_spellings_of_stop_words_are_stop_words(string word)
    {
        Assert.True(StopWords.Set.Contains(word), word);
    }

    [Theory]
    [InlineData("ware")]
    [InlineData("uber")]
    public void Dotless_spellings_that_are_words_of_their_own_are_kept(string word)
    {
        Assert.False(StopWords.Set.Contains(word), word);
    }
}
