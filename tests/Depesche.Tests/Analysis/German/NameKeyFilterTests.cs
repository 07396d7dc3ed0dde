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
        var tokens = TokenDump.Analyze(Chain, Schema.Names, "In Charkiw und Kyjiw");
        Assert.Equal([new AnalyzedToken("Xarkiv", 1, 3, 10), new AnalyzedToken("kiiv", 3, 15, 20)], tokens);
    }

    [Fact]
    public void Keys_words_longer_than_its_first_buffer()
    {
        string word = string.Concat(Enumerable.Repeat("xylophon", 12));
        var token = Assert.Single(TokenDump.Analyze(Chain, Schema.Names, word));
        Assert.Equal(NameKey.Of(word), token.Term);
    }

    [Fact]
    public void Any_text_gives_well_formed_tokens()
    {
        TokenStreamProperties.Hold(Chain);
        TokenStreamProperties.Hold(TokenStreamProperties.BehindWhitespaceTokenizer(ts => new NameKeyFilter(ts)));
    }
}
