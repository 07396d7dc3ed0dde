using Depesche.Index;
using Depesche.Tests.TestSupport;
using Lucene.Net.Codecs;
using Lucene.Net.Store;

namespace Depesche.Tests.Cli;

/// <summary>An archive whose stored text was damaged on disk is reported in one line with exit 5, not as a bug.</summary>
public sealed class DamagedArchiveTests : IDisposable
{
    private readonly TempDirectory _scratch = new();

    [Fact]
    public void Show_of_an_article_whose_stored_text_was_damaged_says_so_in_one_line()
    {
        var (data, id) = Ingest(1);

        DamageFirstChunk(Assert.Single(System.IO.Directory.GetFiles(DataFolder.IndexPath(data), "*.fdt")));

        var show = CliRun.Of("show", "--data", data, id);
        Assert.Equal(5, show.ExitCode);
        Assert.StartsWith("depesche: the archive is damaged (stored text in ", show.Error);
        Assert.Single(show.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_damaged_text_dictionary_is_reported_in_one_line_with_exit_5()
    {
        // Enough articles for the ingest to learn a text dictionary, which each segment keeps in its .fdz file.
        var (data, id) = Ingest(300);
        // One segment per indexing thread that took articles: each gets its dictionary damaged.
        var dictionaries = System.IO.Directory.GetFiles(DataFolder.IndexPath(data), "*.fdz");
        Assert.NotEmpty(dictionaries);
        foreach (string fdz in dictionaries)
        {
            Assert.True(new FileInfo(fdz).Length > 1000, "the ingest learned no dictionary");
            using var file = File.Open(fdz, FileMode.Open, FileAccess.ReadWrite);
            file.Position = file.Length / 2;
            int b = file.ReadByte();
            file.Position--;
            file.WriteByte((byte)(b ^ 0x55));
        }

        var show = CliRun.Of("show", "--data", data, id);
        Assert.Equal(5, show.ExitCode);
        Assert.StartsWith("depesche: the archive is damaged (", show.Error);
        Assert.Single(show.Error.TrimEnd().Split('\n'));
    }

    // Ingests the first articles of a real corpus through the CLI; returns the data folder and the first article's id,
    // which `show` finds before anything is damaged.
    private (string Data, string Id) Ingest(int articles)
    {
        string data = Path.Combine(_scratch.Path, "data");
        string input = SharedData.Excerpt("eval/known-item-zeitgeist/corpus.jsonl", articles, _scratch.Path);
        Assert.Equal(0, CliRun.Of("ingest", "--data", data, input).ExitCode);
        string id = System.Text.Json.JsonDocument.Parse(File.ReadLines(input).First()).RootElement.GetProperty("id").GetString()!;
        Assert.Equal(0, CliRun.Of("show", "--data", data, id).ExitCode);
        return (data, id);
    }

    // Breaks the magic number that begins the single chunk's zstd frame, after the file header and the chunk header
    // that Lucene's compressing stored-fields writer puts first.
    private static void DamageFirstChunk(string fdt)
    {
        long at;
        using (var dir = FSDirectory.Open(Path.GetDirectoryName(fdt)!))
        using (var input = dir.OpenInput(Path.GetFileName(fdt), IOContext.DEFAULT))
        {
            CodecUtil.CheckHeader(input, "DepescheStoredTextData", 0, int.MaxValue);
            Assert.Equal(1 << 12, input.ReadVInt32()); // chunk size
            input.ReadVInt32(); // packed-ints version
            Assert.Equal(0, input.ReadVInt32()); // first document of the chunk
            Assert.Equal(1, input.ReadVInt32()); // documents in the chunk
            input.ReadVInt32(); // stored fields of the one document
            input.ReadVInt32(); // its length
            input.ReadVInt32(); // compressed length
            at = input.Position;
        }
        using var file = File.Open(fdt, FileMode.Open, FileAccess.ReadWrite);
        file.Position = at;
        file.WriteByte(0xFF);
    }

    public void Dispose() => _scratch.Dispose();
}
