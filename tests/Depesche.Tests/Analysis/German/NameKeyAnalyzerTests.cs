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
        var keys = Terms(NameKeyAnalyzer.ForDocuments(), "Die Regierung in Kyjiw lobte am Montag Präsident Selenskyj");
        Assert.Equal(["regierung", "kiiv", "montag", "prasident", "selenski"], keys);
    }

    [Fact]
    public void Queries_key_every_word_since_readers_type_names_in_lower_case()
    {
        Assert.Equal(["selenski", "kiiv"], Terms(NameKeyAnalyzer.ForQueries(), "selenskyj kyiv"));
    }

    [Fact]
    public void Stop_words_and_short_words_get_no_key()
    {
        Assert.Empty(Terms(NameKeyAnalyzer.ForQueries(), "Aber Dies und das: EU, UN, Kiw"));
    }

    [Fact]
    public void Spellings_in_the_text_meet_as_the_rules_say()
    {
        var analyzer = NameKeyAnalyzer.ForDocuments();
        Assert.Equal(Terms(analyzer, "Müller traf Lukaschenko in Charkiw"), Terms(analyzer, "Mueller traf Lukashenko in Kharkiv"));
    }

    [Fact]
    public void Documents_also_key_a_possible_genitive_without_its_s()
    {
        var tokens = TokenDump.Analyze(NameKeyAnalyzer.ForDocuments(), "names", "Selenskyjs Berater und Lawrows Sprecher");
        Assert.Equal([("selenskiis", 0), ("selenski", 0), ("berater", 1), ("lavrovs", 3), ("lavrov", 3), ("spreXer", 4)],
            tokens.Select(t => (t.Term, t.Position)));
        Assert.Equal(["selenskiis"], Terms(NameKeyAnalyzer.ForQueries(), "Selenskyjs"));
    }

    [Theory]
    [InlineData("Andreas")]
    [InlineData("Paris")]
    [InlineData("Markus")]
    [InlineData("Weiss")]
    [InlineData("Hamas")]
    [InlineData("Mercedes")]
    public void An_s_that_mostly_belongs_to_the_name_stays(string name)
    {
        Assert.Single(TokenDump.Analyze(NameKeyAnalyzer.ForDocuments(), "names", name));
    }

    [Fact]
    public void Any_text_gives_well_formed_tokens()
    {
        TokenStreamProperties.Hold(NameKeyAnalyzer.ForDocuments());
        TokenStreamProperties.Hold(NameKeyAnalyzer.ForQueries());
    }

    private static List<string> Terms(NameKeyAnalyzer analyzer, string text) =>
        TokenDump.Analyze(analyzer, "names", text).Select(t => t.Term).ToList();
}
