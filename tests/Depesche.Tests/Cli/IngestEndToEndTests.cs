using System.Text.Json;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Cli;

/// <summary>Ingest a folder with good and bad files through the CLI, then again.</summary>
public sealed class IngestEndToEndTests : IDisposable
{
    private readonly TempDirectory _input = new();
    private readonly TempDirectory _data = new();

    public IngestEndToEndTests()
    {
        _input.Write("gut/a.txt", "Stadtrat beschließt neuen Radweg\n\nStadtrat beschliesst neuen Radweg\nKASSEL: Der Stadtrat hat am Abend einen Radweg entlang der Fulda beschlossen.\n\nhna-lokales\n");
        _input.Write("gut/b.txt", "Orchester probt für Sommerkonzert\n\nDas Orchester probt seit Wochen im Schlosspark.\n\nhna-kultur\n");
        _input.Write("gut/c.jsonl",
            """{"id":"w-1","title":"Wetterdienst warnt vor Glätte","body":"Ab Mitternacht droht überfrierende Nässe.","source":"dwd","category":"wetter","published":"2024-01-12"}""" + "\n" +
            """{"id":"w-2","title":"Tauwetter im Harz","body":"Die Loipen schließen am Wochenende.","source":"dwd","category":"wetter","published":"2024-01-20"}""" + "\n" +
            """{"id":"w-3","title":42,"body":"kaputt"}""" + "\n");
        _input.Write("schlecht/leer.txt", "");
        _input.WriteBytes("schlecht/binaer.txt", [0x00, 0x01, 0x02, 0xFF, 0x00]);
        _input.Write("schlecht/nur-label.txt", "\n\ndpa-politik\n");
    }

    [Fact]
    public void Good_files_are_stored_bad_ones_reported_and_a_second_run_adds_nothing()
    {
        var first = CliRun.Of("ingest", "--data", _data.Path, "--json", _input.Path);
        Assert.Equal(3, first.ExitCode);
        using (var summary = JsonDocument.Parse(first.Out))
        {
            var s = summary.RootElement;
            Assert.Equal(4, s.GetProperty("added").GetInt32());
            Assert.Equal(4, s.GetProperty("rejected").GetInt32());
            Assert.Equal(4, s.GetProperty("committed").GetInt32());
            Assert.Equal(1, s.GetProperty("commits").GetInt32());
            Assert.Equal(4, s.GetProperty("rejections").GetArrayLength());
        }
        Assert.Contains("c.jsonl:3: ", first.Error);
        Assert.Contains("leer.txt", first.Error);
        Assert.Contains("binaer.txt", first.Error);
        Assert.Contains("commit 1: 4 articles durable", first.Error);

        var search = CliRun.Of("search", "--data", _data.Path, "--json", "Glaette");
        Assert.Equal(0, search.ExitCode);
        using (var r = JsonDocument.Parse(search.Out))
            Assert.Equal("w-1", Assert.Single(r.RootElement.GetProperty("hits").EnumerateArray()).GetProperty("id").GetString());

        var second = CliRun.Of("ingest", "--data", _data.Path, "--json", _input.Path);
        using (var again = JsonDocument.Parse(second.Out))
        {
            Assert.Equal(0, again.RootElement.GetProperty("added").GetInt32());
            Assert.Equal(4, again.RootElement.GetProperty("unchanged").GetInt32());
        }
        var stats = CliRun.Of("stats", "--data", _data.Path, "--json");
        using (var st = JsonDocument.Parse(stats.Out)) Assert.Equal(4, st.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public void A_changed_article_with_a_known_id_replaces_the_old_one()
    {
        string file = _input.Write("neu.jsonl", """{"id":"k-1","title":"Brücke gesperrt","body":"Die Brücke bleibt bis Montag zu."}""" + "\n");
        Assert.Equal(0, CliRun.Of("ingest", "--data", _data.Path, file).ExitCode);
        File.WriteAllText(file, """{"id":"k-1","title":"Brücke wieder offen","body":"Die Brücke ist seit heute frei."}""" + "\n");
        var run = CliRun.Of("ingest", "--data", _data.Path, "--json", file);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(1, doc.RootElement.GetProperty("replaced").GetInt32());
        var show = CliRun.Of("show", "--data", _data.Path, "k-1");
        Assert.Contains("Brücke wieder offen", show.Out);
        Assert.Equal(0, CliRun.Of("search", "--data", _data.Path, "--json", "gesperrt").Out.Contains("\"id\": \"k-1\"") ? 1 : 0);
    }

    [Fact]
    public void A_mistyped_option_of_search_is_refused_not_searched_for()
    {
        CliRun.Of("ingest", "--data", _data.Path, _input.PathOf("gut/a.txt"));
        var typo = CliRun.Of("search", "--data", _data.Path, "--limt", "5", "Radweg");
        Assert.Equal(2, typo.ExitCode);
        Assert.Equal("depesche: unknown option '--limt' for search (to mean the word, write it after '--')", typo.Error.Trim());
        Assert.Equal("", typo.Out);
        // After "--" it is a word of the query; one dash excludes a word, as the query language says.
        var escaped = CliRun.Of("search", "--data", _data.Path, "--json", "--", "--limt", "Radweg");
        Assert.Equal(0, escaped.ExitCode);
        Assert.Contains("\"query\": \"--limt Radweg\"", escaped.Out);
        var excluded = CliRun.Of("search", "--data", _data.Path, "--json", "Radweg", "-Fulda");
        Assert.Equal(0, excluded.ExitCode);
        Assert.Contains("\"total\": 0", excluded.Out);
    }

    [Theory]
    [InlineData("ingest", "--formt")]
    [InlineData("analyze", "--quer")]
    [InlineData("split", "--fil")]
    [InlineData("show", "--jsn")]
    public void Every_command_that_takes_free_words_refuses_a_mistyped_option(string command, string typo)
    {
        // show takes one id or slug; the others any number of words or paths.
        var run = command == "show" ? CliRun.Of(command, "--data", _data.Path, typo) : CliRun.Of(command, "--data", _data.Path, typo, "Radweg");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"depesche: unknown option '{typo}' for {command} (to mean the word, write it after '--')", run.Error.Trim());
        Assert.False(Directory.Exists(_data.Path) && Directory.EnumerateFileSystemEntries(_data.Path).Any(), "nothing is written");
    }

    [Fact]
    public void Usage_mistakes_and_a_missing_archive_have_documented_exit_codes()
    {
        var missing = CliRun.Of("search", "--data", _data.PathOf("nichts"), "Radweg");
        Assert.Equal(5, missing.ExitCode);
        Assert.Contains("no archive here yet", missing.Error);
        Assert.Equal(2, CliRun.Of("search", "--data", _data.Path, "--from", "gestern", "x").ExitCode);
        Assert.Equal(2, CliRun.Of("frobnicate").ExitCode);
        Assert.Equal(2, CliRun.Of("ingest", "--data", _data.Path, "--format", "pdf", _input.Path).ExitCode);
        CliRun.Of("ingest", "--data", _data.Path, _input.PathOf("gut/a.txt"));
        Assert.Equal(7, CliRun.Of("show", "--data", _data.Path, "gibt-es-nicht").ExitCode);
        Assert.Equal(7, CliRun.Of("show", "--data", _data.Path, "../../etc/passwd").ExitCode);
    }

    public void Dispose()
    {
        _input.Dispose();
        _data.Dispose();
    }
}
