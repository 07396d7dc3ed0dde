using System.Text;
using Depesche.Ingest;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.Reading;

namespace Depesche.Tests.Ingest;

public sealed class FeedReaderTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Testfunk Nachrichten</title>
            <link>https://www.testfunk.example/nachrichten</link>
            <description>Alles aus dem Norden</description>
            <item>
              <title>Fähre &amp; Zug fallen aus</title>
              <link>https://www.testfunk.example/a/1</link>
              <guid isPermaLink="false">tf-1</guid>
              <category>Verkehr</category>
              <pubDate>Tue, 05 Mar 2024 09:15:00 +0100</pubDate>
              <description>&lt;p&gt;KIEL: Wegen &lt;b&gt;Sturm&lt;/b&gt; fällt alles aus.&lt;/p&gt;&lt;p&gt;Morgen fährt es wieder.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Mit vollem Text</title>
              <link>https://www.testfunk.example/a/2</link>
              <dc:date>2024-03-06T10:00:00Z</dc:date>
              <description>Nur der Anriss.</description>
              <content:encoded><![CDATA[<p>Erster Absatz.</p><script>nichts()</script><br>Zweiter &amp; letzter Absatz]]></content:encoded>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Atomblatt</title>
          <link rel="self" href="https://feeds.example/atomblatt.atom"/>
          <link href="https://www.atomblatt.example/"/>
          <id>urn:atomblatt</id>
          <updated>2024-06-01T12:00:00Z</updated>
          <entry>
            <title type="html">Wahl in &lt;i&gt;Thüringen&lt;/i&gt;</title>
            <link rel="alternate" href="https://www.atomblatt.example/wahl"/>
            <id>urn:atomblatt:wahl</id>
            <published>2024-06-01T08:00:00+02:00</published>
            <updated>2024-06-01T10:00:00+02:00</updated>
            <category term="politik"/>
            <summary>Kurzfassung.</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>ERFURT: Die Wahl ist vorbei.</p><p>Alle warten.</p></div></content>
          </entry>
          <entry>
            <title>Nur aktualisiert</title>
            <id>urn:atomblatt:2</id>
            <updated>2024-06-02T10:00:00Z</updated>
            <summary>Ein Text.</summary>
          </entry>
        </feed>
        """;

    private readonly TempDirectory _dir = new();
    private readonly FeedReader _reader = new();

    public void Dispose() => _dir.Dispose();

    private List<ReadItem> Read(string xml, ReaderOptions? options = null, string name = "feed.xml") =>
        All(_reader, _dir.Write(name, xml), options);

    [Fact]
    public void ReadsRssItems()
    {
        var items = Read(Rss);

        Assert.Equal(2, items.Count);
        var first = items[0].Draft!;
        Assert.Equal(7, items[0].Line);
        Assert.Equal("Fähre & Zug fallen aus", first.Headline);
        Assert.Equal(["KIEL: Wegen Sturm fällt alles aus.", "Morgen fährt es wieder."], first.Paragraphs);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 15, 0, TimeSpan.FromHours(1)), first.Published);
        Assert.Equal("https://www.testfunk.example/a/1", first.Url);
        Assert.Equal("tf-1", first.Id);
        Assert.Equal(("testfunk.example", "Verkehr"), (first.Source, first.Category));
    }

    [Fact]
    public void PrefersTheFullContentAndReadsDublinCoreDates()
    {
        var second = Read(Rss)[1].Draft!;

        Assert.Equal(["Erster Absatz.", "Zweiter & letzter Absatz"], second.Paragraphs);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 10, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Equal("https://www.testfunk.example/a/2", second.Id);
        Assert.Null(second.Category);
    }

    [Fact]
    public void TheDefaultSourceWins()
    {
        Assert.All(Read(Rss, new ReaderOptions { DefaultSource = "testfunk" }), i => Assert.Equal("testfunk", i.Draft!.Source));
    }

    [Fact]
    public void ReadsAtomEntries()
    {
        var items = Read(Atom, name: "blatt.atom");

        var wahl = items[0].Draft!;
        Assert.Equal("Wahl in Thüringen", wahl.Headline);
        Assert.Equal(["ERFURT: Die Wahl ist vorbei.", "Alle warten."], wahl.Paragraphs);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.FromHours(2)), wahl.Published);
        Assert.Equal("https://www.atomblatt.example/wahl", wahl.Url);
        Assert.Equal("urn:atomblatt:wahl", wahl.Id);
        Assert.Equal(("atomblatt.example", "politik"), (wahl.Source, wahl.Category));
        var update = items[1].Draft!;
        Assert.Equal(["Ein Text."], update.Paragraphs);
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 10, 0, 0, TimeSpan.Zero), update.Published);
    }

    [Fact]
    public void WithoutSiteLinkTheSourceComesFromTheTitle()
    {
        var draft = SingleDraft(Read("""<rss version="2.0"><channel><title>Radio Süd-West</title><item><title>A</title><description>B</description></item></channel></rss>"""));

        Assert.Equal("radiosuedwest", draft.Source);
    }

    [Fact]
    public void ItemsWithoutTitleOrTextOrWithABadDateAreRejectedOneByOne()
    {
        var items = Read("""
            <rss version="2.0"><channel><title>T</title>
            <item><title>Ohne Text</title></item>
            <item><description>Ohne Titel</description></item>
            <item><link>https://example.org/leer</link></item>
            <item><title>Datum kaputt</title><pubDate>irgendwann</pubDate><description>Text.</description></item>
            <item><title>Gut</title><description>Text.</description></item>
            </channel></rss>
            """);

        Assert.Equal(5, items.Count);
        Assert.Equal("feed item without text", items[0].Rejection);
        Assert.Equal("feed item without title", items[1].Rejection);
        Assert.Equal("feed item without title or text", items[2].Rejection);
        Assert.Equal("unparseable date \"irgendwann\"", items[3].Rejection);
        Assert.Equal([2, 3, 4, 5, 6], items.Select(i => i.Line));
        Assert.Equal("Gut", items[4].Draft!.Headline);
    }

    [Theory]
    [InlineData("das ist kein XML\n", 1)]
    [InlineData("{\"title\":\"JSON\"}\n", 1)]
    [InlineData("<?xml version=\"1.0\"?>\n\n<rss version=\"2.0\"><channel><item><title>A</title></chan>", 3)]
    public void InputThatIsNotXmlGivesOneRejectionWithItsLine(string text, int line)
    {
        var item = SingleRejection(Read(text));

        Assert.StartsWith("not a well-formed XML feed", item.Rejection);
        Assert.Equal(line, item.Line);
    }

    [Theory]
    [InlineData("<html><body>Seite</body></html>", "<html>")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", "RSS 1.0")]
    [InlineData("<feed><title>Atom ohne Namensraum</title></feed>", "<feed>")]
    public void XmlThatIsNotAFeedIsRejected(string xml, string reasonPart)
    {
        var item = SingleRejection(Read(xml));

        Assert.Contains("not an RSS 2.0 or Atom feed", item.Rejection);
        Assert.Contains(reasonPart, item.Rejection);
    }

    [Fact]
    public void ItemsBeforeABreakAreKept()
    {
        var items = Read("<rss version=\"2.0\"><channel><title>T</title>\n<item><title>Eins</title><description>A</description></item>\n<item><title>Zwei</title><descr");

        Assert.Equal("Eins", items[0].Draft!.Headline);
        Assert.Equal((3, true), (items[1].Line, items[1].Rejection!.StartsWith("not a well-formed XML feed")));
    }

    [Fact]
    public void NeverResolvesExternalEntities()
    {
        string secret = _dir.Write("geheim.txt", "GEHEIMNIS-4711");
        var items = Read($"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "{new Uri(secret).AbsoluteUri}">]>
            <rss version="2.0"><channel><title>X</title><item><title>Leck &xxe;</title><description>&xxe;</description></item></channel></rss>
            """);

        Assert.DoesNotContain(items, i => i.Draft is { } d && (d.Headline + string.Join(' ', d.Paragraphs)).Contains("GEHEIMNIS"));
        Assert.DoesNotContain(items, i => i.Rejection?.Contains("GEHEIMNIS") == true);
        Assert.Contains(items, i => i.Rejection is not null);
    }

    [Fact]
    public void DoesNotExpandEntityBombs()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&e{i - 1};", 10))}\">"));
        var items = Read($"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "haha">{entities}]><rss version="2.0"><channel><item><title>Bombe</title><description>&e9;</description></item></channel></rss>""");

        Assert.StartsWith("not a well-formed XML feed", SingleRejection(items).Rejection);
    }

    [Fact]
    public void ReadsOldFeedsWithAHarmlessDoctype()
    {
        var draft = SingleDraft(Read("""
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Alt</title><link>http://alt.example/</link><item><title>Alte Meldung</title><description>Text.</description></item></channel></rss>
            """));

        Assert.Equal(("Alte Meldung", "alt.example"), (draft.Headline, draft.Source));
    }

    [Fact]
    public void RejectsDeeplyNestedItemsQuickly()
    {
        const int depth = 50_000;
        var items = Read($"""<rss version="2.0"><channel><item><title>Tief</title><description>x</description><x>{string.Concat(Enumerable.Repeat("<a>", depth))}{string.Concat(Enumerable.Repeat("</a>", depth))}</x></item><item><title>Flach</title><description>y</description></item></channel></rss>""");

        Assert.Contains("nested deeper", items[0].Rejection);
        Assert.Equal("Flach", items[1].Draft!.Headline);
    }

    [Fact]
    public void ReadsUtf16Feeds()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Rss.Replace("UTF-8", "UTF-16"))).ToArray();

        var items = All(_reader, _dir.WriteBytes("utf16.xml", bytes));

        Assert.Equal("Fähre & Zug fallen aus", items[0].Draft!.Headline);
    }
}
