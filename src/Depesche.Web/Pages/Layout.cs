namespace Depesche.Web.Pages;

/// <summary>
/// The frame of every page: language, viewport, the one stylesheet, a skip link, and the landmarks
/// (<c>header</c> with <c>nav</c>, one <c>main</c>, <c>footer</c>) that tests and screen readers find by id.
/// </summary>
internal static class Layout
{
    /// <summary>A whole page titled <paramref name="title"/> with <paramref name="main"/> as its content.</summary>
    /// <param name="title">The page's own title; " – Depesche" is added.</param>
    /// <param name="main">The content of <c>&lt;main&gt;</c>.</param>
    /// <param name="feed">The address of an RSS feed for this page, if it has one.</param>
    public static Html Page(string title, Html main, string? feed = null)
    {
        var feedLink = feed is null
            ? Html.Empty
            : Html.Of($"""<link rel="alternate" type="application/rss+xml" title="RSS-Feed dieser Suche" href="{feed}">""");
        return Html.Of($"""
            <!DOCTYPE html>
            <html lang="de">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} – Depesche</title>
            <link rel="stylesheet" href="/static/depesche.css">
            <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
            {feedLink}
            </head>
            <body>
            <a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
            <header class="site-header" id="kopf">
            <a class="brand" href="/">Depesche</a>
            <nav class="site-nav" id="navigation" aria-label="Hauptnavigation">
            <ul>
            <li><a href="/">Start</a></li>
            <li><a href="/suche">Suche</a></li>
            <li><a href="/openapi/v1.json">API</a></li>
            </ul>
            </nav>
            </header>
            <main id="inhalt" tabindex="-1">
            {main}
            </main>
            <footer class="site-footer" id="fuss">
            <p>Depesche – ein deutsches Nachrichtenarchiv mit deutscher Suche. Daten auch als <a href="/api/search?q=">JSON</a> und <a href="/feed">RSS</a>.</p>
            </footer>
            </body>
            </html>
            """);
    }
}
