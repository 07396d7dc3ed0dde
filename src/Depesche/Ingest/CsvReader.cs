namespace Depesche.Ingest;

/// <summary>
/// CSV in two shapes. With a header row naming a title and a body column: columns mapped by name
/// (<see cref="ArticleFieldNames"/>), delimiter <c>,</c> <c>;</c> or tab taken from the header, quote
/// <c>"</c>. Without one: the <c>label;text</c> form with quote <c>'</c>, where the label is the category and
/// the text's first sentence the headline. A broken record is rejected at the line where it starts.
/// </summary>
internal sealed class CsvReader : IArticleReader
{
    /// <inheritdoc/>
    public string Format => "csv";

    /// <inheritdoc/>
    public IEnumerable<ReadItem> Read(InputFile input, ReaderOptions options)
    {
        using var stream = input.Open();
        var lines = new Utf8LineReader(stream, options.MaxRecordBytes);
        CsvRecordParser? parser = null;
        CsvLayout? layout = null;
        int start = 0;
        long recordBytes = 0;
        while (lines.TryReadLine(out var bytes, out bool tooLong))
        {
            int number = lines.LineNumber;
            int place = parser is { InRecord: true } ? start : number;
            if (tooLong)
            {
                parser?.Reset();
                yield return ReadItem.Rejected(input.Path, place, $"line {number} is longer than {options.MaxRecordBytes} bytes");
                continue;
            }
            if (number == 1 && Utf8Text.HasUtf16Bom(bytes.Span))
            {
                yield return ReadItem.Rejected(input.Path, 1, Utf8Text.Utf16Rejection);
                yield break;
            }
            var span = number == 1 ? Utf8Text.WithoutUtf8Bom(bytes.Span) : bytes.Span;
            int length = span.Length;
            bool decoded = Utf8Text.TryDecode(span, out string text);
            string? problem = text.Contains('\0') ? "binary data (NUL byte)" : decoded ? null : "invalid UTF-8";
            if (problem is not null)
            {
                parser?.Reset();
                yield return ReadItem.Rejected(input.Path, place, place == number ? problem : $"{problem} on line {number}");
                continue;
            }
            if (parser is not { InRecord: true } && string.IsNullOrWhiteSpace(text)) continue;

            if (layout is null)
            {
                layout = CsvLayout.Detect(text, input.Path);
                parser = layout.CreateParser();
                if (layout.HasHeader)
                {
                    if (!parser.Feed(text) || parser.Error is not null)
                    {
                        yield return ReadItem.Rejected(input.Path, number, $"unreadable header row: {parser.Error ?? "unterminated quote"}");
                        yield break;
                    }
                    layout.SetColumns(parser.Fields);
                    continue;
                }
            }
            if (!parser!.InRecord)
            {
                start = number;
                recordBytes = 0;
            }
            recordBytes += length + 1;
            if (recordBytes > options.MaxRecordBytes)
            {
                parser.Reset();
                yield return ReadItem.Rejected(input.Path, start, $"record longer than {options.MaxRecordBytes} bytes");
                continue;
            }
            if (!parser.Feed(text)) continue;
            yield return parser.Error is { } error
                ? ReadItem.Rejected(input.Path, start, error)
                : layout.ToItem(start, parser.Fields, options);
        }
        if (parser is { IsInsideQuotes: true })
            yield return ReadItem.Rejected(input.Path, start, "unterminated quoted field: the closing quote is missing");
    }
}
