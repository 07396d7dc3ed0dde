using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Cli;

/// <summary><c>depesche split</c>: one line a word, <c>word&lt;TAB&gt;modifier|head</c> or the word alone.</summary>
public sealed class SplitCommandTests : IDisposable
{
    private readonly TestArchive _archive = new([
        TestArchive.Draft("Neue Halle für den Sport", "Die Stadt baut eine Halle. Der Sport im Verein wächst."),
        TestArchive.Draft("Sport in der Schule", "Die Schule plant mehr Sport. Die alte Halle bleibt."),
        TestArchive.Draft("Armut in der Stadt", "Ein Arm der Hilfe reicht nicht gegen Armut, sagt der Rat."),
    ]);

    private readonly TempDirectory _files = new();

    [Fact]
    public void Prints_each_word_with_its_split_or_alone()
    {
        var run = CliRun.Of("split", "--data", _archive.DataFolder, "Sporthalle", "Armut", "Corona-Krise");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["Sporthalle\tsport|halle", "Armut", "Corona-Krise\tcorona|krise"], Lines(run.Out));
    }

    [Fact]
    public void Reads_words_from_a_file_and_trusts_a_word_list()
    {
        string input = _files.Write("input.txt", "Schulpony\n\n  Schulsport  \n");
        string words = _files.Write("words.txt", "Pony\n");
        var run = CliRun.Of("split", "--data", _archive.DataFolder, "--file", input, "--words", words);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["Schulpony\tschul|pony", "Schulsport\tschul|sport"], Lines(run.Out));
        Assert.Equal(["Schulpony"], Lines(CliRun.Of("split", "--data", _archive.DataFolder, "Schulpony").Out));
    }

    [Fact]
    public void Mistakes_are_one_line_usage_errors()
    {
        var none = CliRun.Of("split", "--data", _archive.DataFolder);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("split needs words or --file", none.Error);
        var missing = CliRun.Of("split", "--data", _archive.DataFolder, "--file", _files.PathOf("nope.txt"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.txt: no such file", missing.Error);
        var noArchive = CliRun.Of("split", "--data", _files.PathOf("empty"), "Sporthalle");
        Assert.Equal(5, noArchive.ExitCode);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public void Dispose()
    {
        _archive.Dispose();
        _files.Dispose();
    }
}
