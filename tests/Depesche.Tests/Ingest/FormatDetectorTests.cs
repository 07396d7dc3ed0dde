using System.Text;
using Depesche.Ingest;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Ingest;

public sealed class FormatDetectorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private (bool Ok, string Format, string Problem) Detect(string name, string content)
    {
        bool ok = FormatDetector.TryDetect(InputFile.FromDisk(_dir.Write(name, content)), 1 << 20, out string format, out string problem);
        return (ok, format, problem);
    }

    [Theory]
    [InlineData("a.txt", "seed")]
    [InlineData("a.TXT", "seed")]
    [InlineData("a.jsonl", "jsonl")]
    [InlineData("a.ndjson", "jsonl")]
    [InlineData("a.csv", "csv")]
    [InlineData("a.tsv", "csv")]
    [InlineData("a.xml", "feed")]
    [InlineData("a.rss", "feed")]
    [InlineData("a.atom", "feed")]
    [InlineData("a.html", "html")]
    [InlineData("a.htm", "html")]
    public void KnowsFormatsByExtension(string name, string format)
    {
        var result = Detect(name, "egal");

        Assert.Equal((true, format), (result.Ok, result.Format));
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel/></rss>", "feed")]
    [InlineData("\uFEFF  \n<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "feed")]
    [InlineData("<?xml version=\"1.0\"?><rdf:RDF/>", "feed")]
    [InlineData("<?xml version=\"1.0\"?><!-- irgendwas -->", "feed")]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>", "html")]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "html")]
    [InlineData("<HTML><BODY>x</BODY></HTML>", "html")]
    [InlineData("{\"title\":\"A\",\"body\":\"B\"}\n", "jsonl")]
    public void SniffsUnknownExtensions(string content, string format)
    {
        var result = Detect("eingang.dat", content);

        Assert.Equal((true, format), (result.Ok, result.Format));
    }

    [Fact]
    public void SniffsUtf16Feeds()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss/>")];
        string path = _dir.WriteBytes("feed", bytes);

        Assert.True(FormatDetector.TryDetect(InputFile.FromDisk(path), 1 << 20, out string format, out _));
        Assert.Equal("feed", format);
    }

    [Theory]
    [InlineData("Nur Text.\n")]
    [InlineData("")]
    [InlineData("<div>Fragment</div>")]
    public void ReportsWhatItCannotTell(string content)
    {
        var (ok, _, problem) = Detect("eingang.dat", content);

        Assert.False(ok);
        Assert.Contains("cannot tell the format", problem);
    }

    [Theory]
    [InlineData("\n{\"title\":\"A\",\"body\":\"B\"}\n{\"title\":\"C\",\"body\":\"D\"}\n", true, "")]
    [InlineData("[{\"title\":\"A\",\"body\":\"B\"}]", false, "JSON array")]
    [InlineData("{\n  \"title\": \"A\",\n  \"body\": \"B\"\n}\n", false, "not JSON Lines")]
    [InlineData("  \n", false, "empty")]
    public void ReadsJsonFilesOnlyAsJsonLines(string content, bool ok, string problemPart)
    {
        var result = Detect("daten.json", content);

        Assert.Equal(ok, result.Ok);
        Assert.Contains(problemPart, result.Problem);
        if (ok) Assert.Equal("jsonl", result.Format);
    }

    [Fact]
    public void AFileThatCannotBeOpenedIsAProblemNotAnException()
    {
        var input = new InputFile("weg.dat", () => throw new FileNotFoundException("Datei fehlt", "weg.dat"));

        Assert.False(FormatDetector.TryDetect(input, 1 << 20, out _, out string problem));
        Assert.StartsWith("cannot read", problem);
    }
}
