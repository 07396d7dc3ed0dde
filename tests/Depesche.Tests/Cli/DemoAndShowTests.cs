using System.Text.Json;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Cli;

/// <summary>The bundled samples through the CLI: the demo, two versions of one story, stats.</summary>
public sealed class DemoAndShowTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depesche.sln"))) return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("samples/");
    }

    [Fact]
    public void The_demo_ingests_every_sample_and_shows_german_searches()
    {
        var run = CliRun.Of("demo", "--no-serve", "--data", _data.Path, "--samples", SamplesFolder());
        Assert.True(run.ExitCode == 0, run.Error);
        int files = Directory.GetFiles(SamplesFolder(), "*.txt").Length;
        Assert.Contains($"{files} read, {files} added, 0 replaced, 0 unchanged, 0 rejected", run.Out);
        Assert.Contains("[Weißrussland]", run.Out);
        Assert.Contains("[Weissrussland]", run.Out);
    }

    [Fact]
    public void Show_by_slug_opens_the_newest_version_and_lists_the_other()
    {
        Assert.Equal(0, CliRun.Of("ingest", "--data", _data.Path, SamplesFolder()).ExitCode);
        var search = CliRun.Of("search", "--data", _data.Path, "--json", "Hochwasser Passau");
        using var found = JsonDocument.Parse(search.Out);
        var slugs = found.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("slug").GetString()).Distinct().ToList();
        string slug = Assert.Single(slugs)!;

        var show = CliRun.Of("show", "--data", _data.Path, "--json", slug);
        Assert.Equal(0, show.ExitCode);
        using var doc = JsonDocument.Parse(show.Out);
        Assert.Equal(1, doc.RootElement.GetProperty("other_versions").GetArrayLength());
        var newest = doc.RootElement.GetProperty("article").GetProperty("paragraphs").GetArrayLength();
        string otherId = doc.RootElement.GetProperty("other_versions")[0].GetProperty("id").GetString()!;
        using var other = JsonDocument.Parse(CliRun.Of("show", "--data", _data.Path, "--json", otherId).Out);
        Assert.True(newest != other.RootElement.GetProperty("article").GetProperty("paragraphs").GetArrayLength(),
            "the two versions of the story should differ in their paragraphs");
    }

    [Fact]
    public void Stats_counts_sources_and_categories()
    {
        CliRun.Of("ingest", "--data", _data.Path, SamplesFolder());
        var run = CliRun.Of("stats", "--data", _data.Path, "--json");
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(Directory.GetFiles(SamplesFolder(), "*.txt").Length, root.GetProperty("articles").GetInt32());
        Assert.True(root.GetProperty("sources").GetArrayLength() >= 5);
        Assert.True(root.GetProperty("categories").GetArrayLength() >= 6);
        Assert.True(root.GetProperty("index_bytes").GetInt64() > 0);
    }

    public void Dispose() => _data.Dispose();
}
