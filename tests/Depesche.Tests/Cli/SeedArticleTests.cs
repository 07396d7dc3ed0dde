using System.Text.Json;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Cli;

/// <summary>The seed article of ../shared/data/seed, ingested through the CLI and found the ways readers type.</summary>
public sealed class SeedArticleTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly string _seed = SharedData.PathOf("seed/000_03ff23e65ee66c62.txt");

    public SeedArticleTests()
    {
        var run = CliRun.Of("ingest", "--data", _data.Path, _seed);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Theory]
    [InlineData("Weißrussland")]
    [InlineData("Weissrussland")]
    [InlineData("weissrussland")]
    [InlineData("Verbuendeten")]
    [InlineData("\"Li Shangfu\"")]
    [InlineData("Lukaschenko")]
    [InlineData("source:toi")]
    [InlineData("category:allgemeines")]
    public void The_seed_article_is_found(string query)
    {
        var hits = Search(query);
        var hit = Assert.Single(hits.EnumerateArray());
        Assert.StartsWith("Chinas Verteidigungsminister verspricht", hit.GetProperty("headline").GetString());
    }

    [Fact]
    public void Its_slug_dateline_and_labels_are_extracted()
    {
        var hit = Search("Weißrussland")[0];
        Assert.Equal("chinas-verteidigungsminister-verspricht-die-zusammenarbeit-mit-dem-russischen-verbuendeten-weissrussland-zu-verstaerken",
            hit.GetProperty("slug").GetString());
        Assert.Equal("TALLINN", hit.GetProperty("dateline").GetString());
        Assert.Equal("toi", hit.GetProperty("source").GetString());
        Assert.Equal("allgemeines", hit.GetProperty("category").GetString());

        var show = CliRun.Of("show", "--data", _data.Path, "--json", hit.GetProperty("slug").GetString()!);
        Assert.Equal(0, show.ExitCode);
        using var doc = JsonDocument.Parse(show.Out);
        var article = doc.RootElement.GetProperty("article");
        Assert.StartsWith("Chinas Verteidigungsminister verspricht die Zusammenarbeit", article.GetProperty("ascii_title").GetString());
        Assert.StartsWith("TALLINN: ", article.GetProperty("paragraphs")[0].GetString());
    }

    [Fact]
    public void Matched_words_are_marked_in_the_snippet()
    {
        var hit = Search("Lukaschenko")[0];
        Assert.Contains("<mark>Lukaschenko</mark>", hit.GetProperty("snippet").GetString());
    }

    private JsonElement Search(string query)
    {
        var run = CliRun.Of("search", "--data", _data.Path, "--json", query);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("hits").Clone();
    }

    public void Dispose() => _data.Dispose();
}
