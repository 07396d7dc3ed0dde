using Depesche.Analysis.German;
using Depesche.Index;

namespace Depesche.Tests.Analysis.German;

public sealed class NameKeyAnalyzerTests
{
    private const string Golden = "names.tsv";

    public static TheoryData<string, int, string> GoldenBlocks => GoldenTokens.Cases(Golden);

    [Theory]
    [MemberData(nameof(GoldenBlocks))]
    public void Produces_the_golden_tokens(string file, int line, string input)
    {
        _ = input;
        GoldenTokens.AssertBlock(file, line);
    }

    [Fact]
    public void Documents_key_only_their_capitalised_words()
    {
        var keys = Terms(new NameKeyAnalyzer(capitalisedOnly: true), "Die Regierung in Kyjiw lobte am Montag Präsident Selenskyj");
        Assert.Equal(["regierung", "kiiv", "montag", "prasident", "selenski"], keys);
    }

    [Fact]
    public void Queries_key_every_word_since_readers_type_names_in_lower_case()
    {
        Assert.Equal(["selenski", "kiiv"], Terms(new NameKeyAnalyzer(capitalisedOnly: false), "selenskyj kyiv"));
    }

    [Fact]
    public void Stop_words_and_short_words_get_no_key()
    {
        Assert.Empty(Terms(new NameKeyAnalyzer(capitalisedOnly: false), "Aber Dies und das: EU, UN, Kiw"));
    }

    [Fact]
    public void Spellings_in_the_text_meet_as_the_rules_say()
    {
        var analyzer = new NameKeyAnalyzer(capitalisedOnly: true);
        Assert.Equal(Terms(analyzer, "Müller traf Lukaschenko in Charkiw"), Terms(analyzer, "Mueller traf Lukashenko in Kharkiv"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Any_text_gives_well_formed_tokens(bool capitalisedOnly)
    {
        TokenStreamProperties.Hold(new NameKeyAnalyzer(capitalisedOnly));
    }

    private static List<string> Terms(NameKeyAnalyzer analyzer, string text) =>
        TokenDump.Analyze(analyzer, Schema.Names, text).Select(t => t.Term).ToList();
}
