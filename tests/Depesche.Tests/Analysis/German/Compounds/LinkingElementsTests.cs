using Depesche.Analysis.German.Compounds;

namespace Depesche.Tests.Analysis.German.Compounds;

public sealed class LinkingElementsTests
{
    private static readonly Vocabulary Words = new([KeyValuePair.Create("erde", 300), KeyValuePair.Create("lace", 2)]);

    private static string[] Readings(string surface) =>
        LinkingElements.Readings(surface, Words, 20).Select(r => $"{r.Lemma} {r.Link}".TrimEnd()).ToArray();

    [Fact]
    public void Reads_the_surface_itself_first_then_each_linking_element()
    {
        var readings = Readings("verteidigungs");
        Assert.Equal("verteidigungs", readings[0]);
        Assert.Contains("verteidigung +s", readings);
        Assert.Contains("verteidigungse -e", readings);
    }

    [Theory]
    [InlineData("hühner", "huhn +=er")]
    [InlineData("bücher", "buch +=er")]
    [InlineData("städte", "stadt +=e")]
    [InlineData("brüder", "bruder +=")]
    [InlineData("herzens", "herz +ens")]
    [InlineData("friedens", "friede +ns")]
    [InlineData("tages", "tag +es")]
    [InlineData("schul", "schule -e")]
    [InlineData("erd", "erde -e")]
    public void Undoes_umlauts_added_endings_and_dropped_e(string surface, string reading)
    {
        Assert.Contains(reading, Readings(surface));
    }

    [Fact]
    public void A_dropped_e_on_three_letters_needs_a_common_word()
    {
        Assert.DoesNotContain("lace -e", Readings("lac"));
    }

    [Theory]
    [InlineData("häuser", "hauser")]
    [InlineData("bäume", "baume")]
    [InlineData("schön", "schon")]
    [InlineData("haus", null)]
    public void Undoes_the_last_umlaut(string word, string? expected)
    {
        Assert.Equal(expected, LinkingElements.WithoutUmlaut(word));
    }
}
