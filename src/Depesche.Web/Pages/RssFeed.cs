using System.Globalization;
using System.Text;
using System.Xml;
using Depesche.Search;

namespace Depesche.Web.Pages;

/// <summary>
/// <c>/feed?q=...</c>: the newest matches of a search as RSS 2.0, so a topic can be followed in a feed
/// reader. Text goes through <see cref="XmlWriter"/> (escaped); characters XML cannot hold are dropped.
/// </summary>
internal static class RssFeed
{
    /// <summary>Items per feed.</summary>
    public const int Items = 20;

    public static string Render(SearchPageQuery query, SearchResponse response, string origin)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        var text = new StringWriterUtf8();
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("channel");
            string title = query.Text.Length > 0 ? $"Depesche: {query.Text}" : "Depesche: neueste Artikel";
            xml.WriteElementString("title", Clean(title));
            xml.WriteElementString("link", origin + query.Url());
            xml.WriteElementString("description", Clean($"Die neuesten Artikel zur Suche „{query.Text}“ im Depesche-Archiv"));
            xml.WriteElementString("language", "de");
            foreach (var hit in response.Hits)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", Clean(hit.Headline));
                xml.WriteElementString("link", origin + ResultList.ArticleUrl(hit.Slug, null, hit.Id));
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "false");
                xml.WriteString(Clean(hit.Id));
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", hit.Date.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
                if (hit.Category is not null) xml.WriteElementString("category", Clean(hit.Category));
                if (hit.Snippet is not null) xml.WriteElementString("description", Clean(System.Net.WebUtility.HtmlDecode(hit.Snippet.Replace("<mark>", "").Replace("</mark>", ""))));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        return text.ToString();
    }

    // Hostile records may hold control characters or lone surrogates, which XML 1.0 cannot carry.
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else if (!char.IsSurrogate(c) && XmlConvert.IsXmlChar(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private sealed class StringWriterUtf8 : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
