using Depesche.Analysis.German;
using Depesche.Index;

namespace Depesche.Tests.Analysis.German;

public sealed class CapitalisedWordsTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Chain = TokenStreamProperties.BehindWhitespaceTokenizer(CapitalisedWords.Apply);

    [Fact]
    public void Keeps_words_with_a_capital_first_letter_and_their_positions()
    {
        var tokens = TokenDump.Analyze(Chain, "names", "Die Ärztin traf in ÜBERLINGEN den iPhone-Hersteller Łukasz");
        Assert.Equal([("Die", 0), ("Ärztin", 1), ("ÜBERLINGEN", 4), ("Łukasz", 7)], tokens.Select(t => (t.Term, t.Position)));
    }

    [Fact]
    public void Any_text_gives_well_formed_tokens()
    {
        TokenStreamProperties.Hold(Chain);
        TokenStreamProperties.Hold(TokenStreamProperties.BehindStandardTokenizer(CapitalisedWords.Apply));
    }
}
