using Depesche.Analysis.German;
using Depesche.Index;
using Depesche.Tests.TestSupport;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;

namespace Depesche.Tests.Analysis.German;

// Every expected stem below was worked out by hand from the algorithm's rules; the comment beside each
// case shows the units after the substitutions ($ = sch, % = ei, & = ie, * = second of a doubled letter)
// and the endings that go.
public sealed class CistemTests
{
    [Theory]
    [InlineData("gelaufen", "lauf")]   // ge|laufen: 6 left; laufen -n -e
    [InlineData("gebaut", "bau")]      // ge|baut: exactly 4 left, so ge goes; baut -t
    [InlineData("gebot", "gebo")]      // only 3 after ge: it stays; gebot -t
    [InlineData("gehen", "geh")]       // gehen -n -e; ge stays
    [InlineData("gemacht", "mach")]    // ge|macht -t
    public void Drops_ge_only_when_at_least_four_characters_follow(string word, string stem)
    {
        Assert.Equal(stem, Cistem.Stem(word));
    }

    [Theory]
    [InlineData("zeit", "zeit")]       // z%t: 3 units, nothing goes (as letters, zeit would lose its t)
    [InlineData("zeiten", "zeit")]     // z%ten -n -e
    [InlineData("schein", "schein")]   // $%n: 3 units
    [InlineData("scheine", "schein")]  // $%ne -e
    [InlineData("linie", "linie")]     // lin&: the e of ie is not an ending
    [InlineData("linien", "linie")]    // lin&n -n
    [InlineData("schonem", "schonem")] // $onem: 5 units, too few for -em to go
    [InlineData("kleinem", "klei")]    // kl%nem: 6 units -em, then kl%n -n
    public void Counts_sch_ei_and_ie_as_one_letter_each(string word, string stem)
    {
        Assert.Equal(stem, Cistem.Stem(word));
    }

    [Fact]
    public void Joins_ei_before_ie()
    {
        // fr%en -n -e; had ie been joined first, fre&n would lose only its n and stem to freie.
        Assert.Equal("frei", Cistem.Stem("freien"));
    }

    [Theory]
    [InlineData("kissen", "kiss")]     // kis*en -n -e; kis* keeps its s*
    [InlineData("bett", "bett")]       // bet*: the doubled t is not an ending
    [InlineData("betten", "bett")]     // bet*en -n -e
    [InlineData("strasse", "strass")]  // stras*e -e
    [InlineData("aaaa", "aaaa")]       // a*a*: pairs are taken left to right
    public void Keeps_doubled_letters_together(string word, string stem)
    {
        Assert.Equal(stem, Cistem.Stem(word));
    }

    [Theory]
    [InlineData("lehrer", "lehr")]     // 6 units -er
    [InlineData("lehrern", "lehr")]    // -n, then 6 units -er
    [InlineData("leder", "leder")]     // 5 units: -er stays
    [InlineData("kindern", "kind")]    // -n -er
    [InlineData("laufend", "lauf")]    // 7 units -nd, then -e
    [InlineData("stand", "stand")]     // 5 units: -nd stays
    [InlineData("rund", "rund")]       // d is no ending
    [InlineData("hauses", "hau")]      // -s -e -s: CISTEM's known overstemming of Haus
    [InlineData("rosen", "ros")]       // -n -e, then ros has 3 units
    [InlineData("bus", "bus")]         // 3 units: nothing goes
    [InlineData("arbeitet", "arbei")]  // arb%tet -t -e -t
    public void Strips_endings_one_at_a_time_with_the_length_conditions(string word, string stem)
    {
        Assert.Equal(stem, Cistem.Stem(word));
    }

    [Theory]
    [InlineData("Häuser", "hau")]      // hauser -er -s
    [InlineData("Straße", "strass")]   // strasse: ß is ss, then as strasse
    [InlineData("Ära", "ara")]
    [InlineData("ÜBER", "uber")]       // 4 units, and -er needs more than 5
    public void Lowers_and_folds_umlauts_and_sharp_s_first(string word, string stem)
    {
        Assert.Equal(stem, Cistem.Stem(word));
    }

    [Theory]
    [InlineData("Arbeit", false, "arbeit")]    // capital: a noun, its t stays
    [InlineData("Arbeit", true, "arbei")]
    [InlineData("arbeit", false, "arbei")]     // lower case: t goes in both modes
    [InlineData("Arbeiten", false, "arbeit")]  // arb%ten -n -e, t stays
    [InlineData("Markt", false, "markt")]
    [InlineData("Markt", true, "mark")]
    [InlineData("Gemacht", false, "macht")]    // ge goes, t stays
    [InlineData("Lehrer", false, "lehr")]      // only -t depends on the case
    public void Strips_t_from_capitalised_words_only_when_case_insensitive(string word, bool caseInsensitive, string stem)
    {
        Assert.Equal(stem, Cistem.Stem(word, caseInsensitive));
    }

    [Fact]
    public void Leaves_the_empty_word_empty()
    {
        Assert.Equal("", Cistem.Stem(""));
        Assert.Equal(0, Cistem.Stem(ReadOnlySpan<char>.Empty, Span<char>.Empty));
    }

    [Fact]
    public void Returns_the_word_itself_when_it_is_its_own_stem()
    {
        string word = "bus";
        Assert.Same(word, Cistem.Stem(word));
    }

    [Fact]
    public void Stems_words_longer_than_the_stack_buffer()
    {
        string word = string.Concat(Enumerable.Repeat("ab", 300)) + "ßen";
        Assert.Equal(string.Concat(Enumerable.Repeat("ab", 300)) + "ss", Cistem.Stem(word));
    }

    [Fact]
    public void Refuses_a_destination_without_room_for_a_doubled_sharp_s()
    {
        Assert.Throws<ArgumentException>(() => Cistem.Stem("maß", new char[3]));
    }

    [Fact]
    public void Never_throws_never_grows_past_twice_the_word_and_needs_a_capital_for_the_modes_to_differ()
    {
        foreach (string text in RandomText.Strings())
        {
            string stem = RandomText.CallWithoutException(text, t => Cistem.Stem(t));
            Assert.True(stem.Length <= Cistem.MaxStemLength(text.Length), RandomText.Show(text));
            if (text.Length > 0 && !char.IsUpper(text[0])) Assert.Equal(stem, Cistem.Stem(text, caseInsensitive: true));
        }
    }

    [Fact]
    public void The_filter_stems_case_insensitively_because_the_chain_has_lost_the_case()
    {
        var chain = TokenStreamProperties.BehindStandardTokenizer(ts => Stemming.Apply(Folding.Apply(ts), StemmerKind.Cistem));
        var terms = TokenDump.Analyze(chain, Schema.Body, "Arbeit Arbeiten Straße Strasse Häuser").Select(t => t.Term);
        Assert.Equal(["arbei", "arbei", "strass", "strass", "hau"], terms);
    }

    [Fact]
    public void The_filter_leaves_keywords_alone()
    {
        var keywords = new CharArraySet(AnalysisVersion.Current, new[] { "arbeiten" }, ignoreCase: false);
        var chain = TokenStreamProperties.BehindStandardTokenizer(ts => new CistemFilter(new SetKeywordMarkerFilter(ts, keywords)));
        var terms = TokenDump.Analyze(chain, Schema.Body, "Arbeiten Lehrern").Select(t => t.Term);
        Assert.Equal(["arbeiten", "lehr"], terms);
    }
}
