using System.Text.Json;
using Depesche.Ingest;
using Depesche.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Depesche.Web.Api;

/// <summary>
/// Reads the body of <c>POST /api/articles</c> with the engine's own readers: JSON (one object or an array
/// of objects, the JSON Lines field names and aliases) is handed to the JSON Lines reader one record a line,
/// JSON Lines as it is, and <c>text/plain</c> to the seed reader. Record N of the body has the place <c>body:N</c>.
/// </summary>
internal static class PostedArticles
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    public static async Task<List<ReadItem>> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancel)
    {
        string format = FormatOf(request.ContentType);
        byte[] body = await ReadBodyAsync(request, maxBytes, cancel);
        if (format == "json")
        {
            body = AsJsonLines(body);
            format = "jsonl";
        }
        var input = new InputFile("body", () => new MemoryStream(body, writable: false));
        return InputDiscovery.Read(input, format, new ReaderOptions { MaxRecordBytes = maxBytes }).ToList();
    }

    private static string FormatOf(string? contentType)
    {
        if (MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            string media = type.MediaType.Value?.ToLowerInvariant() ?? "";
            if (media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal)) return "json";
            if (media is "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines") return "jsonl";
            if (media == "text/plain") return "seed";
        }
        throw new RequestProblem(StatusCodes.Status415UnsupportedMediaType, "unsupported media type",
            $"content type '{contentType}' is not accepted; send application/json (an article or an array), application/x-ndjson, or text/plain (seed format)",
            "header:Content-Type");
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancel)
    {
        if (request.ContentLength > maxBytes) throw TooLarge(maxBytes);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancel)) > 0)
        {
            if (copy.Length + read > maxBytes) throw TooLarge(maxBytes);
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    private static RequestProblem TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "too large", $"the body is larger than {maxBytes} bytes; send fewer articles per request", "body");

    // One record a line, so that the JSON Lines reader checks each one and names it by its number.
    private static byte[] AsJsonLines(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, ParseOptions);
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1, column = (e.BytePositionInLine ?? 0) + 1;
            throw new RequestProblem(StatusCodes.Status400BadRequest, "bad request",
                $"broken JSON at line {line}, column {column}: {FirstSentence(e.Message)}", $"body:{line}");
        }
        using (document)
        {
            var root = document.RootElement;
            var records = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            using var lines = new MemoryStream();
            foreach (var record in records)
            {
                using (var writer = new Utf8JsonWriter(lines)) record.WriteTo(writer);
                lines.WriteByte((byte)'\n');
            }
            return lines.ToArray();
        }
    }

    // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: 7."; the place is reported on its own.
    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}
