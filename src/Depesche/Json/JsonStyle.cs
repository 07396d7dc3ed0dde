using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Depesche.Json;

/// <summary>
/// The one JSON style of every <c>--json</c> output and every API answer (docs/json.md): snake_case names,
/// nulls left out, enums as snake_case strings.
/// </summary>
public static class JsonStyle
{
    /// <summary>For terminals and files: indented, with umlauts and HTML characters written as they are.</summary>
    public static JsonSerializerOptions Indented { get; } = Apply(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>
    /// For HTTP: compact, and <c>&lt; &gt; &amp;</c> and quotes escaped as <c>\u003C</c> and so on, so that a
    /// JSON body holding hostile article text can never be read as HTML. Umlauts stay readable.
    /// </summary>
    public static JsonSerializerOptions Http { get; } = Apply(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    /// <summary>Gives <paramref name="options"/> the style's naming, null handling and enum spelling; returns it.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }

    /// <summary>Writes <paramref name="value"/> as one indented JSON document and a newline.</summary>
    public static void Write<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, Indented));
}
