using System.Net;

namespace Depesche.Cli.Output;

/// <summary>Turns the engine's HTML highlights into terminal text: bold on a terminal, [brackets] otherwise.</summary>
internal static class Marks
{
    public static string ToText(string html, bool interactive)
    {
        string open = interactive ? "\u001b[1;33m" : "[";
        string close = interactive ? "\u001b[0m" : "]";
        return WebUtility.HtmlDecode(html.Replace("<mark>", open).Replace("</mark>", close));
    }
}
