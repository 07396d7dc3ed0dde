using System.Text;
using Depesche.Ingest;

namespace Depesche.Tests.Ingest;

public sealed class Utf8LineReaderTests
{
    private static List<(int Number, string? Text)> Lines(byte[] bytes, long max = 1 << 20)
    {
        var reader = new Utf8LineReader(new MemoryStream(bytes), max);
        var lines = new List<(int, string?)>();
        while (reader.TryReadLine(out var line, out bool tooLong))
            lines.Add((reader.LineNumber, tooLong ? null : Encoding.UTF8.GetString(line.Span)));
        return lines;
    }

    private static List<(int Number, string? Text)> Lines(string text, long max = 1 << 20) => Lines(Encoding.UTF8.GetBytes(text), max);

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("eins", new[] { "eins" })]
    [InlineData("eins\n", new[] { "eins" })]
    [InlineData("eins\r\nzwei\r\n", new[] { "eins", "zwei" })]
    [InlineData("eins\n\nzwei", new[] { "eins", "", "zwei" })]
    [InlineData("\n\n", new[] { "", "" })]
    [InlineData("a\rb\n", new[] { "a\rb" })]
    public void SplitsAtLineFeeds(string text, string[] expected)
    {
        Assert.Equal(expected, Lines(text).Select(l => l.Text));
    }

    [Fact]
    public void NumbersLinesAcrossBufferBoundaries()
    {
        var text = string.Join('\n', Enumerable.Range(1, 40_000).Select(i => $"Zeile {i} {new string('ä', i % 7)}"));

        var lines = Lines(text);

        Assert.Equal(40_000, lines.Count);
        Assert.Equal((40_000, "Zeile 40000 ää"), lines[^1]);
        Assert.All(lines, l => Assert.StartsWith($"Zeile {l.Number} ", l.Text));
    }

    [Fact]
    public void SkipsOverlongLinesAndGoesOn()
    {
        string text = "kurz\n" + new string('x', 300_000) + "\r\nwieder kurz\n" + new string('y', 50) + "\n" + new string('z', 51);

        var lines = Lines(text, max: 50);

        Assert.Equal([(1, "kurz"), (2, null), (3, "wieder kurz"), (4, new string('y', 50)), (5, null)], lines);
    }

    [Fact]
    public void ALineOfExactlyTheLimitIsKeptEvenWithACarriageReturn()
    {
        Assert.Equal([(1, "abcde")], Lines("abcde\r\n", max: 5));
    }
}
