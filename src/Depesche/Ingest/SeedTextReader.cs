using System.Text.RegularExpressions;
using Depesche.Articles;

namespace Depesche.Ingest;

/// <summary>
/// The seed format: one article per UTF-8 text file. Line 1 the headline, line 2 empty, line 3 the headline
/// in ASCII (optional), then paragraphs one per line, then an empty line and a <c>source-category</c> label
/// (optional). A file is read whole or rejected whole; it is never half-read.
/// </summary>
internal sealed partial class SeedTextReader : IArticleReader
{
    /// <inheritdoc/>
    public string Format => "seed";

    /// <inheritdoc/>
    public IEnumerable<ReadItem> Read(InputFile input, ReaderOptions options) =>
        BoundedRead.WholeInput(input, options, "file", bytes => Parse(input.Path, bytes, options));

    private static ReadItem Parse(string path, byte[] bytes, ReaderOptions options)
    {
        if (Utf8Text.HasUtf16Bom(bytes)) return ReadItem.Rejected(path, 0, Utf8Text.Utf16Rejection);
        if (Array.IndexOf(bytes, (byte)0) is int nul and >= 0)
            return ReadItem.Rejected(path, LineOf(bytes, nul), "binary file (NUL byte)");
        if (!TryDecodeLines(Utf8Text.WithoutUtf8Bom(bytes), out var lines, out int badLine))
            return ReadItem.Rejected(path, badLine, "invalid UTF-8");

        int last = lines.FindLastIndex(l => l.Length > 0);
        if (last < 0)
            return ReadItem.Rejected(path, 0, bytes.Length == 0 ? "empty file" : "file holds only white space");
        if (lines.Count(l => l.Length > 0) == 1 && LabelPattern().IsMatch(lines[last]))
            return ReadItem.Rejected(path, last + 1, "only a source-category label, no headline or body");
        if (lines[0].Length == 0)
            return ReadItem.Rejected(path, 1, "no headline: line 1 is empty");

        string? source = null, category = null;
        if (last >= 2 && lines[last - 1].Length == 0 && LabelPattern().IsMatch(lines[last]))
        {
            int hyphen = lines[last].IndexOf('-');
            (source, category) = (lines[last][..hyphen], lines[last][(hyphen + 1)..]);
            last -= 1;
        }

        string headline = lines[0];
        int next = 1;
        while (next <= last && lines[next].Length == 0) next++;
        string? asciiTitle = null;
        if (next <= last && AsciiTitle.Matches(lines[next], headline)) asciiTitle = lines[next++];

        var paragraphs = lines.Take(last + 1).Skip(next).Where(l => l.Length > 0).ToArray();
        if (paragraphs.Length == 0)
            return ReadItem.Rejected(path, 1, "headline only, no body text");

        return ReadItem.Good(path, 1, new ArticleDraft
        {
            Headline = headline,
            AsciiTitle = asciiTitle,
            Paragraphs = paragraphs,
            Source = source ?? options.DefaultSource,
            Category = category,
        });
    }

    // Line by line, so that invalid UTF-8 is reported with its line. Trailing white space (and a CR) goes;
    // a line of white space becomes empty.
    private static bool TryDecodeLines(ReadOnlySpan<byte> bytes, out List<string> lines, out int badLine)
    {
        lines = [];
        badLine = 0;
        while (true)
        {
            int newline = bytes.IndexOf((byte)'\n');
            var line = newline >= 0 ? bytes[..newline] : bytes;
            if (!Utf8Text.TryDecode(line, out string text))
            {
                badLine = lines.Count + 1;
                return false;
            }
            lines.Add(text.TrimEnd());
            if (newline < 0) return true;
            bytes = bytes[(newline + 1)..];
        }
    }

    private static int LineOf(byte[] bytes, int index) => bytes.AsSpan(0, index).Count((byte)'\n') + 1;

    [GeneratedRegex("^[a-z0-9.]+-[a-z0-9.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();
}
