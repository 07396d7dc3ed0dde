using Depesche.Analysis.German.Compounds;

namespace Depesche.Tests.Analysis.German.Compounds;

/// <summary>The splitter's rules on small hand-made vocabularies.</summary>
public sealed class CompoundSplitterTests
{
    private static CompoundSplitter Splitter(params (string Word, int Frequency)[] words) =>
        new(new Vocabulary(words.Select(w => KeyValuePair.Create(w.Word, w.Frequency))));

    private static string? Split(CompoundSplitter splitter, string word) => splitter.Split(word)?.ToString();

    [Theory]
    [InlineData("Verteidigungsminister", "verteidigungs|minister", "+s", "verteidigung")]
    [InlineData("Zusammenarbeit", "zusammen|arbeit", "", "zusammen")]
    [InlineData("Hühnerkäfig", "hühner|käfig", "+=er", "huhn")]
    [InlineData("Weißrussland", "weiß|russland", "", "weiß")]
    [InlineData("Schulpony", "schul|pony", "-e", "schule")]
    [InlineData("Sporthalle", "sport|halle", "", "sport")]
    [InlineData("Bücherregal", "bücher|regal", "+=er", "buch")]
    [InlineData("Länderspiel", "länder|spiel", "+=er", "land")]
    [InlineData("Sprachmodell", "sprach|modell", "-e", "sprache")]
    [InlineData("Tageszeitung", "tages|zeitung", "+es", "tag")]
    [InlineData("Blumenladen", "blumen|laden", "+n", "blume")]
    [InlineData("Herzensangelegenheit", "herzens|angelegenheit", "+ens", "herz")]
    public void Splits_into_the_modifier_as_spelled_and_the_head(string word, string expected, string link, string lemma)
    {
        var splitter = Splitter(("verteidigung", 120), ("minister", 500), ("zusammen", 400), ("arbeit", 900),
            ("huhn", 5), ("käfig", 13), ("weiß", 400), ("russland", 6000), ("schule", 800), ("pony", 4),
            ("sport", 200), ("halle", 90), ("hall", 20), ("alle", 3000), ("buch", 300), ("regal", 10),
            ("land", 2000), ("spiel", 600), ("sprache", 150), ("modell", 200), ("tag", 1200), ("zeitung", 300),
            ("blume", 20), ("laden", 100), ("herz", 200), ("angelegenheit", 50));
        var split = splitter.Split(word);
        Assert.NotNull(split);
        Assert.Equal(expected, split.ToString());
        Assert.Equal(link, split.Link);
        Assert.Equal(lemma, split.ModifierLemma);
    }

    [Theory]
    [InlineData("Armut")]
    [InlineData("Armee")]
    [InlineData("Apparat")]
    [InlineData("Referat")]
    [InlineData("Wandel")]
    [InlineData("Präsident")]
    [InlineData("Kanzler")]
    [InlineData("Kabinett")]
    [InlineData("Termin")]
    public void Words_with_a_word_inside_stay_whole(string word)
    {
        var splitter = Splitter(("arm", 200), ("armut", 250), ("armee", 500), ("apparat", 4), ("rat", 150), ("app", 40),
            ("referat", 5), ("wand", 60), ("wandel", 300), ("präsident", 3000), ("kanzler", 900),
            ("kabinett", 400), ("termin", 70), ("dent", 3), ("kanz", 2), ("ler", 2), ("nett", 30), ("min", 8), ("ter", 3));
        Assert.Null(splitter.Split(word));
    }

    [Theory]
    [InlineData("Vorstand")]
    [InlineData("Beispiel")]
    [InlineData("Auftrag")]
    [InlineData("Protest")]
    [InlineData("Interaktion")]
    [InlineData("Journalist")]
    [InlineData("Schwangerschaft")]
    [InlineData("Liebende")]
    [InlineData("Rektorinnen")]
    [InlineData("Buntheit")]
    [InlineData("ruhelos")]
    public void Derivations_are_not_compounds(string word)
    {
        var splitter = Splitter(("vor", 10000), ("stand", 400), ("bei", 10000), ("spiel", 600), ("auf", 20000), ("trag", 30),
            ("pro", 500), ("test", 300), ("inter", 15), ("aktion", 140), ("journal", 20), ("ist", 20000),
            ("schwanger", 30), ("schaft", 5), ("lieb", 25), ("lieben", 60), ("ende", 2000), ("rektor", 14),
            ("innen", 110), ("bunt", 60), ("heit", 1), ("ruhe", 200), ("los", 350));
        Assert.Null(splitter.Split(word));
    }

    [Fact]
    public void Adjectives_in_isch_and_their_forms_stay_whole_but_a_niche_is_a_head()
    {
        var splitter = Splitter(("amerika", 500), ("nische", 10), ("nischen", 5), ("amerikanisch", 40),
            ("amerikanischen", 80), ("markt", 900));
        Assert.Null(splitter.Split("amerikanisch"));
        Assert.Null(splitter.Split("amerikanischen"));
        Assert.Equal("markt|nische", Split(splitter, "Marktnische"));
        Assert.Equal("markt|nischen", Split(splitter, "Marktnischen"));
    }

    [Fact]
    public void The_head_is_the_last_part_when_the_head_is_joined_by_a_genitive_s()
    {
        var splitter = Splitter(("bund", 870), ("bundes", 100), ("verteidigung", 170), ("minister", 530),
            ("verteidigungsminister", 200));
        var split = splitter.Split("Bundesverteidigungsminister");
        Assert.Equal("bundesverteidigungs|minister", split?.ToString());
        Assert.Equal("bundesverteidigung", split!.ModifierLemma);
        Assert.Equal("+s", split.Link);
    }

    [Fact]
    public void A_lexicalised_head_stays_whole()
    {
        var splitter = Splitter(("musiker", 50), ("netz", 420), ("werk", 420), ("netzwerk", 120), ("tat", 120),
            ("bestand", 30), ("tatbestand", 6), ("abschlag", 10));
        Assert.Equal("musiker|netzwerk", Split(splitter, "Musikernetzwerk"));
        Assert.Equal("abschlags|tatbestand", Split(splitter, "Abschlagstatbestand"));
    }

    [Fact]
    public void A_modifier_ending_in_ung_takes_its_linking_s()
    {
        var splitter = Splitter(("drehung", 20), ("achse", 30), ("sachse", 6));
        Assert.Equal("drehungs|achse", Split(splitter, "Drehungsachse"));
    }

    [Fact]
    public void A_modifier_may_itself_be_a_compound()
    {
        var splitter = Splitter(("bürger", 300), ("krieg", 900), ("flüchtling", 230), ("kriegsflüchtling", 2));
        Assert.Equal("bürgerkriegs|flüchtling", Split(splitter, "Bürgerkriegsflüchtling"));
    }

    [Fact]
    public void A_modifier_the_vocabulary_lacks_is_trusted_when_its_suffix_marks_it()
    {
        var splitter = Splitter(("prozess", 370));
        Assert.Equal("separierungs|prozess", Split(splitter, "Separierungsprozess"));
    }

    [Fact]
    public void A_hyphen_always_splits()
    {
        var splitter = Splitter();
        Assert.Equal("corona|krise", Split(splitter, "Corona-Krise"));
        Assert.Equal("eu|kommission", Split(splitter, "EU-Kommission"));
        Assert.Equal("baden-württemberg|ticket", Split(splitter, "Baden-Württemberg-Ticket"));
        Assert.Equal("-", splitter.Split("Corona-Krise")!.Link);
        Assert.Null(splitter.Split("Covid-19"));
        Assert.Null(splitter.Split("-"));
    }

    [Fact]
    public void A_word_more_frequent_than_its_parts_is_a_word_of_its_own()
    {
        Assert.Null(Splitter(("wochen", 5), ("ende", 10), ("wochenende", 2000)).Split("Wochenende"));
        Assert.Equal("wochen|ende", Split(Splitter(("wochen", 500), ("ende", 2000), ("wochenende", 300)), "Wochenende"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("Haus")]
    [InlineData("G7-")]
    [InlineData("Covid19")]
    [InlineData("Tag und Nacht")]
    public void Short_words_and_non_words_stay_whole(string word)
    {
        Assert.Null(Splitter(("tag", 1000), ("nacht", 300), ("haus", 500)).Split(word));
    }

    [Fact]
    public void Repeated_words_come_from_the_cache()
    {
        var splitter = Splitter(("sport", 200), ("halle", 90));
        var first = splitter.Split("Sporthalle");
        Assert.Same(first, splitter.Split("Sporthalle"));
        Assert.Same(first, splitter.Split("sporthalle"));
    }

    [Fact]
    public void Splits_from_many_threads_agree()
    {
        var splitter = Splitter(("sport", 200), ("halle", 90), ("schule", 800), ("pony", 4));
        var results = new System.Collections.Concurrent.ConcurrentBag<string?>();
        Parallel.For(0, 200, i => results.Add(splitter.Split(i % 2 == 0 ? "Sporthalle" : "Schulpony")?.ToString()));
        Assert.Equal(["schul|pony", "sport|halle"], results.Distinct().Order(StringComparer.Ordinal));
    }
}
