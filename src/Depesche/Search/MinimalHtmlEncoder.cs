using System.Text;
using Lucene.Net.Search.Highlight;

namespace Depesche.Search;

/// <summary>Escapes the five HTML-special characters only, so that umlauts stay readable in snippets.</summary>
internal sealed class MinimalHtmlEncoder : IEncoder
{
    public string EncodeText(string originalText) => Escape(originalText);

    /// <summary><paramref name="text"/> with &amp;, &lt;, &gt;, " and ' escaped.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
