using Depesche.Search;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

/// <summary>A question's words held by a hit in another form of their family (Imperialismus: Imperium) rank it higher.</summary>
public sealed class WordFamiliesTests : IDisposable
{
    private const string Question = "Welche Länder betrieben Imperialismus in Afrika?";

    // All three hold Länder, betrieben and Afrika; only the first holds a form of Imperialismus (Imperium), which
    // the stemmer keeps apart and no article spells as typed.
    private readonly TestArchive _archive = new([
        .. Africa(),
        Draft("Wetter in Kanada", "Im Norden fällt früh Schnee, die Seen frieren im November zu."),
    ]);

    private static IEnumerable<Depesche.Articles.ArticleDraft> Africa(string padding = "") =>
    [
        Draft("Das britische Imperium", "Die Länder in Afrika betrieben Bergbau für das britische Imperium, das vom Kap bis Kairo reichte." + padding),
        Draft("Landwirtschaft im Süden", "Viele Länder in Afrika betrieben Landwirtschaft." + padding),
        Draft("Märkte und Häfen", "Die Länder in Afrika betrieben Handel mit Europa." + padding),
    ];

    [Fact]
    public void Keys_are_the_first_six_letters_folded()
    {
        Assert.Equal(["franzo", "bskyb", "sportp", "grosse", "50"], WordFamilies.Keys(["Franzosen", "BSkyB-Sportportfolio", "Größe", "50"]));
    }

    // The re-ranking alone: Imperialismus, which no article holds, is not also looked for through its family.
    private static readonly Ranking RerankOnly = Ranking.Default with { UnknownWordFamilyBoost = 0 };

    [Fact]
    public void A_hit_holding_a_family_form_of_a_rare_question_word_ranks_first()
    {
        var search = new ArchiveSearch(_archive.Archive, RerankOnly);
        Assert.Equal("Das britische Imperium", search.Search(new SearchRequest { Query = Question }).Hits[0].Headline);
        Assert.Equal("Das britische Imperium", _archive.Headlines(Question)[0]);
    }

    [Fact]
    public void Without_word_families_a_shorter_hit_with_the_same_words_ranks_first()
    {
        var plain = new ArchiveSearch(_archive.Archive, RerankOnly with { WordFamilyBoost = 0 });
        Assert.NotEqual("Das britische Imperium", plain.Search(new SearchRequest { Query = Question }).Hits[0].Headline);
    }

    [Fact]
    public void Queries_that_need_all_their_words_have_no_families()
    {
        var builder = new QueryBuilder(Depesche.Analysis.German.Stemming.Default, Ranking.Default);
        Assert.Empty(builder.Build(QuerySyntax.Parse("Kolonien Franzosen"), MatchMode.All, []).FamilyKeys);
        Assert.Equal(["koloni", "franzo"], builder.Build(QuerySyntax.Parse("Kolonien Franzosen"), MatchMode.Any, []).FamilyKeys);
    }

    [Fact]
    public void A_question_word_no_article_holds_is_looked_for_through_its_family()
    {
        Assert.Equal(["Das britische Imperium"], _archive.Headlines("Was ist Imperialismus?"));
        var off = new ArchiveSearch(_archive.Archive, Ranking.Default with { UnknownWordFamilyBoost = 0 });
        Assert.Empty(off.Search(new SearchRequest { Query = "Was ist Imperialismus?" }).Hits);
        // A keyword search keeps the words it was given.
        Assert.Empty(_archive.Find("Imperialismus").Hits);
    }

    [Fact]
    public void A_compound_no_article_holds_is_looked_for_through_its_parts()
    {
        using var radio = new TestArchive([
            Draft("Sender im Norden", "Der Funk reichte weit, die Wellen trugen über das Meer."),
            Draft("Wetter in Kanada", "Im Norden fällt früh Schnee, die Seen frieren im November zu."),
        ]);
        Assert.Equal(["Sender im Norden"], radio.Headlines("Was sind Funkwellen?"));
        var off = new ArchiveSearch(radio.Archive, Ranking.Default with { PartsApartBoost = 0 });
        Assert.Empty(off.Search(new SearchRequest { Query = "Was sind Funkwellen?" }).Hits);
    }

    [Fact]
    public void At_most_eight_unknown_words_of_a_query_are_looked_for_through_their_families()
    {
        string pasted = string.Join(' ', Enumerable.Range(1, 20).Select(i => $"Imperialismus{(char)('a' + i)}x")) + "?";
        var builder = new QueryBuilder(Depesche.Analysis.German.Stemming.Default, Ranking.Default);
        string query = _archive.Archive.WithSearcher(s => builder.Build(QuerySyntax.Parse(pasted), MatchMode.Any, [], null, s.IndexReader).Query.ToString());
        Assert.Equal(QueryBuilder.MaxUnknownWords, query.Split("body:imperium").Length - 1);
    }

    [Fact]
    public void Hits_of_book_length_are_scored_without_families()
    {
        // The same three articles, each padded past a third of the text the families may read for one search.
        string padding = string.Concat(Enumerable.Repeat(" Sonne, Regen und Wind wechseln sich ab.", WordFamilies.MaxText / 3 / 40 + 1));
        using var books = new TestArchive(Africa(padding));
        var plain = new ArchiveSearch(books.Archive, Ranking.Default with { WordFamilyBoost = 0 });
        // (Imperialismus is looked for through its family in both: only the re-ranking is bounded.)
        var expected = plain.Search(new SearchRequest { Query = Question, Snippets = false }).Hits.Select(h => (h.Headline, h.Score)).ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, books.Search.Search(new SearchRequest { Query = Question, Snippets = false }).Hits.Select(h => (h.Headline, h.Score)));
    }

    [Fact]
    public void A_hit_holding_another_form_of_a_questions_strong_verb_ranks_first()
    {
        // Both hold Rennen and Monaco; only the longer one the verb, in a form the stemmer keeps apart (gewann:
        // gewonn, gewann). Without the verb's forms the shorter would rank first, as it does without families.
        using var race = new TestArchive([
            Draft("Formel 1", "Das Rennen in Monaco hat am Sonntag nach zwei Stunden Max Verstappen gewonnen."),
            Draft("Zuschauer", "Das Rennen in Monaco sahen viele Zuschauer."),
            Draft("Wetter in Kanada", "Im Norden fällt früh Schnee, die Seen frieren im November zu."),
        ]);
        const string question = "Wer gewann das Rennen in Monaco?";
        Assert.Equal("Formel 1", race.Headlines(question)[0]);
        var plain = new ArchiveSearch(race.Archive, Ranking.Default with { WordFamilyBoost = 0 });
        Assert.Equal("Zuschauer", plain.Search(new SearchRequest { Query = question }).Hits[0].Headline);
    }

    [Fact]
    public void A_questions_strong_verbs_bring_their_forms_under_their_keys()
    {
        var keys = WordFamilies.Keys(["gewann", "Rennen", "Band"]);
        var forms = WordFamilies.VerbForms(["gewann", "Rennen", "Band"], keys);
        Assert.Equal(0, forms["gewonnen"]);
        Assert.Equal(0, forms["gewinnen"]);
        Assert.DoesNotContain("gebunden", forms.Keys);
    }

    public void Dispose() => _archive.Dispose();
}
