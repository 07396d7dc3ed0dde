using Depesche.Articles;

namespace Depesche.Ingest;

/// <summary>
/// Which of the two CSV shapes a file has, told from its first line, and how a row of that shape becomes
/// an article.
/// </summary>
internal sealed class CsvLayout
{
    private const char LabelTextDelimiter = ';';
    private const char LabelTextQuote = '\'';
    private const char HeaderQuote = '"';
    private static readonly char[] HeaderDelimiters = [',', ';', '\t'];

    private readonly string _path;
    private ArticleField?[] _columns = [];

    private CsvLayout(string path, bool hasHeader, char delimiter, char quote)
    {
        _path = path;
        HasHeader = hasHeader;
        Delimiter = delimiter;
        Quote = quote;
    }

    /// <summary>True for the header-row shape; false for <c>label;text</c>.</summary>
    public bool HasHeader { get; }

    /// <summary>The field delimiter.</summary>
    public char Delimiter { get; }

    /// <summary>The quote character.</summary>
    public char Quote { get; }

    /// <summary>
    /// The layout of a file whose first non-empty line is <paramref name="firstLine"/>: a header row when,
    /// split at one of the delimiters, it names both a title and a body column.
    /// </summary>
    public static CsvLayout Detect(string firstLine, string path)
    {
        char? best = null;
        int bestKnown = 0;
        foreach (char d in HeaderDelimiters)
        {
            var fields = firstLine.Split(d).Select(f => ArticleFieldNames.Find(f.Trim().Trim(HeaderQuote))).ToArray();
            if (!fields.Contains(ArticleField.Title) || !fields.Contains(ArticleField.Body)) continue;
            int known = fields.Count(f => f is not null);
            if (known > bestKnown) (best, bestKnown) = (d, known);
        }
        return best is { } delimiter
            ? new CsvLayout(path, true, delimiter, HeaderQuote)
            : new CsvLayout(path, false, LabelTextDelimiter, LabelTextQuote);
    }

    /// <summary>A record parser for this layout.</summary>
    public CsvRecordParser CreateParser() => new(Delimiter, Quote, bareQuotesAreText: !HasHeader);

    /// <summary>Maps the header row's names to fields; unknown names are ignored columns.</summary>
    public void SetColumns(IReadOnlyList<string> names) =>
        _columns = names.Select(ArticleFieldNames.Find).ToArray();

    /// <summary>The article (or rejection) of one complete record starting on <paramref name="line"/>.</summary>
    public ReadItem ToItem(int line, IReadOnlyList<string> fields, ReaderOptions options) =>
        HasHeader ? FromHeaderRow(line, fields, options) : FromLabelText(line, fields, options);

    private ReadItem FromHeaderRow(int line, IReadOnlyList<string> fields, ReaderOptions options)
    {
        if (fields.Count != _columns.Length)
            return ReadItem.Rejected(_path, line, $"{fields.Count} fields where the header has {_columns.Length}");
        var draft = new DraftFields();
        for (int i = 0; i < fields.Count; i++)
            if (_columns[i] is { } field) draft.Set(field, fields[i]);
        var built = draft.Build(options.DefaultSource, out string? reason);
        return built is null ? ReadItem.Rejected(_path, line, reason!) : ReadItem.Good(_path, line, built);
    }

    private ReadItem FromLabelText(int line, IReadOnlyList<string> fields, ReaderOptions options)
    {
        if (fields.Count != 2)
            return ReadItem.Rejected(_path, line,
                $"{fields.Count} fields where label;text has 2 (or give a header row naming title and body columns)");
        string label = fields[0].Trim();
        string text = fields[1].Trim();
        if (text.Length == 0) return ReadItem.Rejected(_path, line, "empty text");
        var (headline, body) = LeadSentence.Split(text);
        return ReadItem.Good(_path, line, new ArticleDraft
        {
            Headline = headline,
            Paragraphs = BodyText.Paragraphs(body),
            Source = options.DefaultSource ?? Path.GetFileNameWithoutExtension(_path),
            Category = label.Length > 0 ? label : null,
        });
    }
}
