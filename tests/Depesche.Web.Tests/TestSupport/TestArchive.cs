using Depesche.Index;
using Depesche.Ingest;

namespace Depesche.Web.Tests.TestSupport;

/// <summary>
/// A data folder in the temp folder, deleted on dispose, filled through the engine's own ingest: the seed
/// article, the samples, and a hostile article (<see cref="HostileHeadline"/>), all stamped with <see cref="Now"/>.
/// </summary>
public sealed class TestArchive : IDisposable
{
    /// <summary>The ingest time of every article without a date.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The start of the seed article's headline (its last words are marked in a search for Weissrussland).</summary>
    public const string SeedHeadline = "Chinas Verteidigungsminister verspricht, die Zusammenarbeit mit dem russischen Verbündeten";

    /// <summary>The seed article's slug.</summary>
    public const string SeedSlug = "chinas-verteidigungsminister-verspricht-die-zusammenarbeit-mit-dem-russischen-verbuendeten-weissrussland-zu-verstaerken";

    /// <summary>Headline of the hostile article: a script and an image with an onerror handler.</summary>
    public const string HostileHeadline = "Schadcode-Test <script>alert('kopf')</script> mit <img src=x onerror=alert('bild')> im Titel";

    /// <summary>Body of the hostile article.</summary>
    public const string HostileBody = "Schadcode im Text: <script>document.title='gekapert'</script> und <img src=x onerror=\"alert('absatz')\"> & mehr.";

    /// <summary>A folder with no archive in it.</summary>
    public TestArchive() => DataFolder = Directory.CreateTempSubdirectory("depesche-web-test-").FullName;

    /// <summary>The data folder.</summary>
    public string DataFolder { get; }

    /// <summary>A folder holding the seed article, the samples and the hostile article (dated May 2024).</summary>
    public static TestArchive WithCorpus()
    {
        var archive = new TestArchive();
        string hostile = Path.Combine(archive.DataFolder, "hostile.jsonl");
        File.WriteAllText(hostile, System.Text.Json.JsonSerializer.Serialize(new
        {
            id = "hostile-1", title = HostileHeadline, body = HostileBody, source = "xss", category = "test",
            published = "2024-05-17T08:30:00+02:00", url = "javascript:alert('link')",
        }) + "\n");
        archive.Ingest(SharedData.SeedArticle, SharedData.Samples, hostile);
        return archive;
    }

    /// <summary>Ingests <paramref name="paths"/> with the engine, as <c>depesche ingest</c> does.</summary>
    public void Ingest(params string[] paths)
    {
        using var writer = ArchiveWriter.Open(DataFolder, TimeSpan.FromSeconds(5), new FixedClock(Now));
        var result = new Ingester(writer, new IngestOptions { Threads = 1 }).Run(InputDiscovery.ReadAll(paths, new ReaderOptions()));
        if (result.Rejected > 0) throw new InvalidOperationException($"{result.Rejected} test inputs were rejected");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
