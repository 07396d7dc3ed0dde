using System.Xml;
using System.Xml.Linq;

namespace Depesche.Ingest;

/// <summary>
/// Walks one feed document with an <see cref="XmlReader"/>: finds the channel (RSS) or feed (Atom), notes
/// the feed's title and link for the source label, and hands each item element to
/// <see cref="FeedItemConverter"/>. A malformed document ends the walk with one rejection at its line.
/// </summary>
internal sealed class FeedCursor
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    // Items are shallow (item, content, a little XHTML); far deeper ones are hostile.
    private const int MaxItemDepth = 100;

    private readonly XmlReader _xml;
    private readonly string _path;
    private readonly ReaderOptions _options;
    private string? _feedTitle;
    private string? _feedLink;
    private string _itemName = "";
    private int _childDepth = -1;
    private bool _done;

    /// <summary>A cursor over <paramref name="xml"/>, positioned before the document.</summary>
    public FeedCursor(XmlReader xml, string path, ReaderOptions options)
    {
        _xml = xml;
        _path = path;
        _options = options;
    }

    /// <summary>The next item or rejection; null at the end of the feed.</summary>
    public ReadItem? Next()
    {
        if (_done) return null;
        try
        {
            if (_childDepth < 0)
            {
                var rejection = EnterFeed();
                if (rejection is not null || _done)
                {
                    _done = true;
                    return rejection;
                }
            }
            return NextItem();
        }
        catch (XmlException e)
        {
            _done = true;
            return ReadItem.Rejected(_path, e.LineNumber, $"not a well-formed XML feed: {e.Message}");
        }
    }

    // Positions the reader on the first child of the element that holds the items.
    private ReadItem? EnterFeed()
    {
        _xml.MoveToContent();
        if (_xml.NodeType != XmlNodeType.Element)
            return ReadItem.Rejected(_path, Line(), "not an RSS 2.0 or Atom feed (no root element)");
        string root = _xml.LocalName;
        if (root == "rss" && _xml.NamespaceURI.Length == 0)
        {
            if (!_xml.ReadToDescendant("channel")) return NoItems();
            _itemName = "item";
        }
        else if (root == "feed" && _xml.NamespaceURI == AtomNamespace)
        {
            _itemName = "entry";
        }
        else
        {
            string hint = root == "RDF" ? " (RSS 1.0 is not supported)" : "";
            return ReadItem.Rejected(_path, Line(), $"not an RSS 2.0 or Atom feed: the root element is <{_xml.Name}>{hint}");
        }
        if (_xml.IsEmptyElement) return NoItems();
        _childDepth = _xml.Depth + 1;
        _xml.Read();
        return null;
    }

    private ReadItem? NextItem()
    {
        while (!_xml.EOF && _xml.Depth >= _childDepth)
        {
            if (_xml.NodeType != XmlNodeType.Element || _xml.Depth != _childDepth)
            {
                _xml.Read();
                continue;
            }
            int line = Line();
            string name = _xml.LocalName;
            if (name == _itemName)
            {
                return BoundedElement.Read(_xml, MaxItemDepth) is { } element
                    ? FeedItemConverter.Convert(element, _path, line, _options, SourceLabel())
                    : ReadItem.Rejected(_path, line, $"feed item nested deeper than {MaxItemDepth} elements");
            }
            if (name is "title" or "link")
            {
                var element = BoundedElement.Read(_xml, MaxItemDepth);
                if (element is null) continue;
                if (name == "title") _feedTitle ??= element.Value.Trim();
                else _feedLink ??= FeedLink(element);
                continue;
            }
            _xml.Skip();
        }
        _done = true;
        return null;
    }

    private static string? FeedLink(XElement link)
    {
        if (link.Name.NamespaceName != AtomNamespace) return link.Value.Trim();
        string rel = (string?)link.Attribute("rel") ?? "alternate";
        return rel == "alternate" ? (string?)link.Attribute("href") : null;
    }

    private string SourceLabel() =>
        _options.DefaultSource ?? InferredSource.ForFeed(_feedLink, _path, _feedTitle);

    private ReadItem? NoItems()
    {
        _done = true;
        return null;
    }

    private int Line() => _xml is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
