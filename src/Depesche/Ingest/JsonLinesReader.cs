using System.Text.Json;
using System.Text.Unicode;

namespace Depesche.Ingest;

/// <summary>
/// JSON Lines: one object per line with <c>id, title, body, source, category, published, url</c> (and the
/// aliases in <see cref="ArticleFieldNames"/>). A bad line is rejected on its own; the others are still read.
/// </summary>
internal sealed class JsonLinesReader : IArticleReader
{
    // Deeper input is rejected by the parser instead of recursing without end.
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    /// <inheritdoc/>
    public string Format => "jsonl";

    /// <inheritdoc/>
    public IEnumerable<ReadItem> Read(InputFile input, ReaderOptions options)
    {
        using var stream = input.Open();
        var lines = new Utf8LineReader(stream, options.MaxRecordBytes);
        while (lines.TryReadLine(out var bytes, out bool tooLong))
        {
            int number = lines.LineNumber;
            if (tooLong)
            {
                yield return ReadItem.Rejected(input.Path, number, $"line longer than {options.MaxRecordBytes} bytes");
                continue;
            }
            if (number == 1)
            {
                if (Utf8Text.HasUtf16Bom(bytes.Span))
                {
                    yield return ReadItem.Rejected(input.Path, 1, Utf8Text.Utf16Rejection);
                    yield break;
                }
                bytes = bytes[(bytes.Length - Utf8Text.WithoutUtf8Bom(bytes.Span).Length)..];
            }
            if (bytes.Span.Trim(" \t\f\v"u8).IsEmpty) continue;
            yield return ReadRecord(input.Path, number, bytes, options);
        }
    }

    // The document reads the line's bytes where they are (no copy): it is disposed before the reader reuses them.
    private static ReadItem ReadRecord(string path, int line, ReadOnlyMemory<byte> bytes, ReaderOptions options)
    {
        // Checked up front: the parser would only notice bad UTF-8 later, inside GetString.
        if (!Utf8.IsValid(bytes.Span)) return ReadItem.Rejected(path, line, "invalid UTF-8");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, ParseOptions);
        }
        catch (JsonException e)
        {
            return ReadItem.Rejected(path, line, $"broken JSON at column {(e.BytePositionInLine ?? 0) + 1}: {FirstSentence(e.Message)}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ReadItem.Rejected(path, line, $"not a JSON object (found {Describe(root.ValueKind)})");
            var fields = new DraftFields();
            foreach (var property in root.EnumerateObject())
            {
                if (ArticleFieldNames.Find(property.Name) is not { } field) continue;
                if (!TrySet(fields, field, property.Value))
                    return ReadItem.Rejected(path, line, $"\"{property.Name}\" must be {Expected(field)}, not {Describe(property.Value.ValueKind)}");
            }
            var draft = fields.Build(options.DefaultSource, out string? reason);
            return draft is null ? ReadItem.Rejected(path, line, reason!) : ReadItem.Good(path, line, draft);
        }
    }

    private static bool TrySet(DraftFields fields, ArticleField field, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                fields.Set(field, value.GetString()!);
                return true;
            case JsonValueKind.Number when field == ArticleField.Id:
                fields.Set(field, value.GetRawText());
                return true;
            case JsonValueKind.Array when field == ArticleField.Body:
                if (value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String)) return false;
                fields.SetParagraphs(value.EnumerateArray().Select(e => e.GetString()!.Trim()).ToArray());
                return true;
            default:
                return false;
        }
    }

    private static string Expected(ArticleField field) => field switch
    {
        ArticleField.Id => "a string or a number",
        ArticleField.Body => "a string or an array of strings",
        _ => "a string",
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 7." which is wrong for us (every
    // record is line 0 to the parser); the column is reported separately.
    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}
