using Depesche.Analysis.German;
using Depesche.Analysis.German.Compounds;

namespace Depesche.Tests.Analysis.German;

/// <summary>
/// The spellings by name key that searches look variants up in: every vocabulary word under its key, a possible
/// genitive under its key without the s, and nothing for words too short or not of letters a–z.
/// </summary>
public sealed class NameVariantsTests
{
    private static readonly NameVariants Names = NameVariants.Build(new Vocabulary(new Dictionary<string, int>
    {
        ["lukaschenko"] = 40, ["lukashenko"] = 3, ["lukaschenkos"] = 7, ["selenskyj"] = 30, ["zelensky"] = 5,
        ["scholz"] = 20, ["schulz"] = 9, ["käse"] = 2, ["kasse"] = 4, ["tal"] = 8,
    }));

    [Theory]
    [InlineData("Lukashenko", new[] { "lukaschenko", "lukaschenkos", "lukashenko" })]
    [InlineData("Zelensky", new[] { "selenskyj", "zelensky" })]
    [InlineData("Scholz", new[] { "scholz" })]
    [InlineData("Kasse", new[] { "kasse" })]
    public void A_key_lists_the_archive_spellings_that_share_it(string typed, string[] expected)
    {
        string key = Assert.Single(TokenDump.Analyze(NameKeyAnalyzer.ForQueries(), "names", typed)).Term;
        Assert.Equal(expected, Names.SpellingsOf(key));
    }

    [Fact]
    public void A_word_without_a_key_is_not_listed_and_an_unknown_key_has_no_spellings()
    {
        Assert.Empty(TokenDump.Analyze(NameKeyAnalyzer.ForQueries(), "names", "Tal"));
        Assert.Empty(Names.SpellingsOf("NOSUCHKEY"));
        // Keys: lukaschenko (also lukashenko, and lukaschenkos as a genitive), lukaschenkos as written, selenskyj
        // (also zelensky), scholz, schulz, käse, kasse; tal has none.
        Assert.Equal(7, Names.Count);
    }
}
