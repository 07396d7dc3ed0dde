using Depesche.Search;
using Depesche.Tests.TestSupport;
using Xunit.Abstractions;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

/// <summary>
/// Transliterated names end to end: an archive where every spelling of <c>TestData/Names</c> has an article
/// of its own; a query in one spelling must find the article with the other spelling of a pair (recall) and
/// must not find the article with a look-alike (false matches). Both directions of every line count.
/// </summary>
public sealed class NameVariantTests(NameVariantTests.Archive archive, ITestOutputHelper output) : IClassFixture<NameVariantTests.Archive>
{
    private const double MinimumRecall = 0.85;
    private const double MaximumFalseMatches = 0.10;

    [Fact]
    public void A_query_in_one_spelling_finds_the_other()
    {
        var found = MeasureAndReport("recall", NameLists.VariantPairs, "pair");
        foreach (var kind in NameLists.VariantPairs.GroupBy(p => p.Kind))
        {
            var byKind = Measure(archive.Search, kind.ToList(), "pair");
            output.WriteLine($"  {kind.Key}: {byKind.Share:P1} ({byKind.Found} of {byKind.Tried})");
        }
        output.WriteLine("not found (query → article): " + string.Join(", ", found.Misses));
        Assert.True(found.Share >= MinimumRecall, $"recall {found.Share:P1} is below {MinimumRecall:P0}; misses: {string.Join(", ", found.Misses)}");
    }

    [Fact]
    public void A_query_rarely_finds_a_lookalike()
    {
        var found = MeasureAndReport("false matches", NameLists.LookalikeNonPairs, "lookalike");
        output.WriteLine("found although not the same (query → article): " + string.Join(", ", found.Hits));
        Assert.True(found.Share <= MaximumFalseMatches, $"false matches {found.Share:P1} exceed {MaximumFalseMatches:P0}: {string.Join(", ", found.Hits)}");
    }

    /// <summary>Measures <paramref name="pairs"/> with name variants and without, and writes both shares.</summary>
    private Result MeasureAndReport(string what, IReadOnlyList<NameLists.Pair> pairs, string list)
    {
        var with = Measure(archive.Search, pairs, list);
        var without = Measure(new ArchiveSearch(archive.Test.Archive, Ranking.Default with { NameVariantBoost = 0 }), pairs, list);
        output.WriteLine($"{what}: {with.Share:P1} ({with.Found} of {with.Tried} queries, both directions of {pairs.Count} lines); " +
                         $"without name variants {without.Share:P1}");
        return with;
    }

    [Theory]
    [InlineData("Selenskyj", "Zelensky")]
    [InlineData("Lukaschenko", "Lukashenko")]
    [InlineData("Charkiw", "Kharkiv")]
    [InlineData("Gaddafi", "Gadhafi")]
    [InlineData("Tschernobyl", "Chernobyl")]
    public void The_exact_spelling_ranks_above_a_variant(string german, string english)
    {
        using var small = new TestArchive([
            Draft($"Neues über {german}", $"Am Montag stand {german} im Mittelpunkt der Berichte.", id: "german"),
            Draft($"Neues über {english}", $"Am Montag stand {english} im Mittelpunkt der Berichte.", id: "english"),
        ]);
        Assert.Equal(["german", "english"], small.Search.TopIds(german, 10).Select(h => h.Id));
        Assert.Equal(["english", "german"], small.Search.TopIds(english, 10).Select(h => h.Id));
        Assert.Equal(["german", "english"], small.Search.TopIds(german.ToLowerInvariant(), 10).Select(h => h.Id));
    }

    [Fact]
    public void A_variant_counts_as_a_match_of_its_word_when_all_words_are_needed()
    {
        using var small = new TestArchive([
            Draft("Zelensky visits Kharkiv", "President Zelensky met soldiers in Kharkiv on Monday."),
            Draft("Selenskyj in Odessa", "Der Präsident besuchte die Hafenstadt."),
        ]);
        var response = small.Find("Selenskyj Charkiw");
        Assert.Equal("all", response.Match);
        Assert.Equal("Zelensky visits Kharkiv", Assert.Single(response.Hits).Headline);
        Assert.Equal("Zelensky visits Kharkiv", Assert.Single(small.Find("Al-Assad OR Selenskyj -Odessa").Hits).Headline);
    }

    [Theory]
    [InlineData("Selenskyjs Berater", "Selenskyj")]
    [InlineData("Selenskyjs Berater", "Zelensky")]
    [InlineData("Lawrows Sprecher", "Lavrov")]
    [InlineData("Lukaschenkos Gegner", "Lukashenko")]
    [InlineData("Nawalnys Witwe", "Navalny")]
    public void A_name_in_the_genitive_is_found_in_any_spelling(string headline, string query)
    {
        using var small = new TestArchive([Draft(headline, "Mehr dazu am Abend.")]);
        Assert.Single(small.Find(query).Hits);
    }

    [Theory]
    [InlineData("Andreas", "Andrea")]
    [InlineData("Markus", "Marku")]
    [InlineData("Paris", "Pari")]
    public void An_s_that_belongs_to_a_name_is_no_genitive(string name, string query)
    {
        using var small = new TestArchive([Draft($"{name} im Gespräch", "Mehr dazu am Abend.")]);
        Assert.Empty(small.Find(query).Hits);
    }

    [Fact]
    public void A_hyphenated_name_finds_its_variant_by_the_keys_of_its_parts()
    {
        using var small = new TestArchive([Draft("Machthaber el-Assad geflohen", "Baschar el-Assad hat Damaskus verlassen.")]);
        Assert.Single(small.Find("al-Assad").Hits);
        Assert.Single(small.Find("Bashar al-Assad").Hits);
    }

    [Fact]
    public void Title_only_words_and_a_zero_boost_search_only_the_spellings()
    {
        using var small = new TestArchive([Draft("Zelensky visits Kharkiv", "President Zelensky met soldiers.")]);
        Assert.Empty(small.Find("title:Selenskyj").Hits);
        var off = new ArchiveSearch(small.Archive, Ranking.Default with { NameVariantBoost = 0 });
        Assert.Empty(off.TopIds("Selenskyj", 10));
        Assert.Single(small.Search.TopIds("Selenskyj", 10));
    }

    private static Result Measure(ArchiveSearch search, IReadOnlyList<NameLists.Pair> pairs, string list)
    {
        var result = new Result();
        foreach (var pair in pairs)
        {
            Try(search, pair.A, Archive.IdOf(list, pair, "b"), pair.B, result);
            Try(search, pair.B, Archive.IdOf(list, pair, "a"), pair.A, result);
        }
        return result;
    }

    private static void Try(ArchiveSearch search, string query, string target, string targetSpelling, Result result)
    {
        result.Tried++;
        if (search.TopIds(query, 1000).Any(hit => hit.Id == target))
        {
            result.Found++;
            result.Hits.Add($"{query} → {targetSpelling}");
        }
        else result.Misses.Add($"{query} → {targetSpelling}");
    }

    private sealed class Result
    {
        public int Tried;
        public int Found;
        public List<string> Hits { get; } = [];
        public List<string> Misses { get; } = [];
        public double Share => Tried == 0 ? 0 : (double)Found / Tried;
    }

    /// <summary>One article per spelling of each line of both lists, the spelling in headline and body.</summary>
    public sealed class Archive : IDisposable
    {
        public Archive()
        {
            var drafts = new List<Depesche.Articles.ArticleDraft>();
            foreach (var (list, pairs) in new[] { ("pair", NameLists.VariantPairs), ("lookalike", NameLists.LookalikeNonPairs) })
                foreach (var pair in pairs)
                {
                    drafts.Add(Article(IdOf(list, pair, "a"), pair.A));
                    drafts.Add(Article(IdOf(list, pair, "b"), pair.B));
                }
            Test = new TestArchive(drafts);
        }

        public TestArchive Test { get; }

        public ArchiveSearch Search => Test.Search;

        public static string IdOf(string list, NameLists.Pair pair, string side) => $"{list}-{pair.Line}-{side}";

        private static Depesche.Articles.ArticleDraft Article(string id, string spelling) =>
            Draft($"Neues über {spelling}", $"Am Montag stand {spelling} im Mittelpunkt der Berichte.", id: id);

        public void Dispose() => Test.Dispose();
    }
}
