using System.Text;

namespace Depesche.Ingest;

/// <summary>
/// Decides which reader an input needs: by file extension first, else by sniffing its first bytes
/// (<c>&lt;rss</c>, <c>&lt;feed</c>, <c>&lt;?xml</c> → feed; <c>&lt;html</c> → html; <c>{</c> → jsonl).
/// </summary>
internal static class FormatDetector
{
    private const int SniffBytes = 1024;

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "seed",
        [".jsonl"] = "jsonl",
        [".ndjson"] = "jsonl",
        [".json"] = "jsonl",
        [".csv"] = "csv",
        [".tsv"] = "csv",
        [".xml"] = "feed",
        [".rss"] = "feed",
        [".atom"] = "feed",
        [".html"] = "html",
        [".htm"] = "html",
    };

    /// <summary>True when a folder walk should pick up the file at <paramref name="path"/>.</summary>
    public static bool HasKnownExtension(string path) => ByExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>
    /// The format of <paramref name="input"/>, or false with <paramref name="problem"/> saying why none
    /// fits (including a file that cannot be opened).
    /// </summary>
    public static bool TryDetect(InputFile input, long maxLineBytes, out string format, out string problem)
    {
        format = problem = "";
        string extension = Path.GetExtension(input.Path).ToLowerInvariant();
        try
        {
            if (extension == ".json") return TryJson(input, maxLineBytes, out format, out problem);
            if (ByExtension.TryGetValue(extension, out var known))
            {
                format = known;
                return true;
            }
            format = Sniff(input) ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read: {e.Message}";
            return false;
        }
        if (format.Length > 0) return true;
        problem = $"cannot tell the format; use a known extension ({string.Join(' ', ByExtension.Keys)}) or name the format";
        return false;
    }

    // A .json file is read as JSON Lines when its first record is a whole object on one line; an array or
    // a pretty-printed object would give a rejection per line, so it is refused once instead.
    private static bool TryJson(InputFile input, long maxLineBytes, out string format, out string problem)
    {
        format = problem = "";
        using var stream = input.Open();
        var lines = new Utf8LineReader(stream, maxLineBytes);
        while (lines.TryReadLine(out var bytes, out bool tooLong))
        {
            var line = Utf8Text.WithoutUtf8Bom(bytes.Span).Trim(" \t\r\f\v"u8);
            if (!tooLong && line.IsEmpty) continue;
            if (tooLong || (line[0] == '{' && line[^1] == '}'))
            {
                format = "jsonl";
                return true;
            }
            problem = line[0] == '['
                ? "a JSON array; Depesche reads JSON Lines, one object per line"
                : "not JSON Lines: the first line is not a whole JSON object";
            return false;
        }
        problem = "empty file";
        return false;
    }

    private static string? Sniff(InputFile input)
    {
        var head = new byte[SniffBytes];
        int length;
        using (var stream = input.Open())
            length = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, length);
        // XML feeds may be UTF-16; decode them so that their markup can be recognised.
        var encoding = bytes.StartsWith(new byte[] { 0xFF, 0xFE }) ? Encoding.Unicode
            : bytes.StartsWith(new byte[] { 0xFE, 0xFF }) ? Encoding.BigEndianUnicode
            : Encoding.UTF8;
        string text = encoding.GetString(bytes).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (text.StartsWith('{')) return "jsonl";
        if (!text.StartsWith('<')) return null;
        int feed = FirstOf(text, "<rss", "<feed", "<rdf:rdf");
        int html = FirstOf(text, "<html", "<!doctype html");
        if (feed < html) return "feed";
        if (html < feed) return "html";
        return text.StartsWith("<?xml", StringComparison.Ordinal) ? "feed" : null;
    }

    private static int FirstOf(string text, params string[] markers) =>
        markers.Select(m => text.IndexOf(m, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
}
