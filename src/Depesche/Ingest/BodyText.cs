namespace Depesche.Ingest;

/// <summary>Splits a plain-text body into paragraphs: every non-empty line is one.</summary>
internal static class BodyText
{
    private static readonly char[] LineBreaks = ['\r', '\n', '\u2028', '\u2029'];

    /// <summary>The trimmed non-empty lines of <paramref name="body"/>.</summary>
    public static IReadOnlyList<string> Paragraphs(string body) =>
        body.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
