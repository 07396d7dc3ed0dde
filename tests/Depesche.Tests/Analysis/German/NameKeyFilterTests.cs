using Depesche.Analysis.German;
using Depesche.Index;

namespace Depesche.Tests.Analysis.German;

public sealed class NameKeyFilterTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Chain =
        TokenStreamProperties.BehindStandardTokenizer(ts => new NameKeyFilter(Folding.Apply(ts)));

    [Fact]
    public void Replaces_each_word_by_its_key_and_keeps_its_place_in_the_text()
    {
        var tokens = TokenDump.Analyze(Chain, "names", "In Charkiw und Kyjiw");
        Assert.Equal([new AnalyzedToken("Xarkiv", 1, 3, 10), new AnalyzedToken("kiiv", 3, 15, 20)], tokens);
    }

    [Fact]
    public void Keys_words_longer_than_its_first_buffer()
    {
        string word = string.Concat(Enumerable.Repeat("xylophon", 12));
        var token = Assert.Single(TokenDump.Analyze(Chain, "names", word));
        Assert.Equal(NameKey.Of(word), token.Term);
    }

    [Fact]
    public void A_possible_genitive_gets_a_second_key_at_its_place_when_asked()
    {
        var chain = TokenStreamProperties.BehindStandardTokenizer(ts => new NameKeyFilter(Folding.Apply(ts), genitives: true));
        var tokens = TokenDump.Analyze(chain, "names", "Nawalnys Witwe, Putin und Lukaschenkos Kyjiws");
        Assert.Equal(
            [
                new AnalyzedToken("navalnis", 0, 0, 8), new AnalyzedToken("navalni", 0, 0, 8), new AnalyzedToken("vitve", 1, 9, 14),
                new AnalyzedToken("putin", 2, 16, 21), new AnalyzedToken("lukaSenkos", 4, 26, 38), new AnalyzedToken("lukaSenko", 4, 26, 38),
                new AnalyzedToken("kiivs", 5, 39, 45), new AnalyzedToken("kiiv", 5, 39, 45),
            ],
            tokens);
        Assert.Equal(8 - 2 - 1, TokenDump.Analyze(Chain, "names", "Nawalnys Witwe, Putin und Lukaschenkos Kyjiws").Count);
    }

    [Fact]
    public void Any_text_gives_well_formed_tokens()
    {
        TokenStreamProperties.Hold(Chain);
        TokenStreamProperties.Hold(TokenStreamProperties.BehindWhitespaceTokenizer(ts => new NameKeyFilter(ts)));
        TokenStreamProperties.Hold(TokenStreamProperties.BehindStandardTokenizer(ts => new NameKeyFilter(Folding.Apply(ts), genitives: true)));
    }
}
