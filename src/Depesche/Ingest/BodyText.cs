namespace Depesche.Ingest;

/// <summary>Splits a plain-text body into paragraphs: every non-empty line is one.</summary>
internal static class BodyText
{
    private static readonly char[] LineBreaks = ['\r', '\n', '\u2028', '\u2029'];

    /// <summary>The trimmed non-empty lines of <paramref name="body"/>.</summary>
    public static IReadOnlyList<string> Paragraphs(string body)
    {
        // Most bodies of JSON Lines are one line: then splitting is only a trim (Split's scan was 1.3 % of ingest CPU).
        if (body.AsSpan().IndexOfAny(LineBreaks) < 0)
            return body.Trim() is { Length: > 0 } line ? [line] : [];
        return body.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
