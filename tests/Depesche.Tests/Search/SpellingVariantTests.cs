using Depesche.Articles;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

/// <summary>
/// The golden list of spelling variants (TestData/Spelling/spelling-variants.tsv: old and new orthography,
/// Swiss ss, hyphenation and joining, case, ASCII forms): each spelling finds the other, and the exact
/// spelling ranks first.
/// </summary>
public sealed class SpellingVariantTests : IDisposable
{
    private static readonly IReadOnlyList<(string Kind, string A, string B)> Pairs = File.ReadLines(
            Path.Combine(AppContext.BaseDirectory, "TestData", "Spelling", "spelling-variants.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split('\t'))
        .Select(p => (p[0], p[1], p[2]))
        .ToList();

    private readonly TestArchive _archive = new(Pairs.SelectMany((p, i) => new[]
    {
        Draft($"Meldung {Code(i)} a", $"In diesem Bericht steht {p.A} im Text.", id: $"{i}-a"),
        Draft($"Meldung {Code(i)} b", $"In diesem Bericht steht {p.B} im Text.", id: $"{i}-b"),
    }));

    [Theory]
    [InlineData("old-new")]
    [InlineData("swiss")]
    [InlineData("hyphen")]
    [InlineData("case")]
    [InlineData("ascii")]
    public void Each_spelling_finds_the_other_and_the_exact_one_ranks_first(string kind)
    {
        var pairs = Pairs.Select((p, i) => (p, i)).Where(x => x.p.Kind == kind).ToList();
        Assert.True(pairs.Count >= 20, $"the golden list needs at least 20 pairs of kind {kind}");
        var failures = new List<string>();
        foreach (var ((_, a, b), i) in pairs)
        {
            Check(a, $"{i}-a", $"{i}-b");
            Check(b, $"{i}-b", $"{i}-a");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        void Check(string query, string own, string other)
        {
            var ids = _archive.Search.Search(new Depesche.Search.SearchRequest { Query = query, Limit = 50, Snippets = false })
                .Hits.Select(h => h.Id).ToList();
            if (!ids.Contains(other)) failures.Add($"{query}: does not find {other}");
            // Case differences leave the exact spelling equal, so either may come first.
            else if (kind != "case" && ids.IndexOf(own) > ids.IndexOf(other)) failures.Add($"{query}: {other} ranks above {own}");
        }
    }

    // Headlines must not share words between pairs: a letter code per pair (aa, ab, ...).
    private static string Code(int i) => $"{(char)('a' + i / 26)}{(char)('a' + i % 26)}";

    public void Dispose() => _archive.Dispose();
}
