using Depesche.Ingest;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.Reading;

namespace Depesche.Tests.Ingest;

public sealed class HtmlReaderTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="de">
        <head>
          <meta charset="utf-8">
          <title>Neue Seilbahn für Bad Tölz | Isartaler Bote</title>
          <link rel="canonical" href="https://www.isartaler-bote.example/region/seilbahn-bad-toelz">
          <meta property="article:published_time" content="2024-02-14T07:30:00+01:00">
          <script>var tracking = "nicht lesen";</script>
        </head>
        <body>
          <nav><a href="/">Start</a> <a href="/region">Region</a> <a href="/sport">Sport</a></nav>
          <article>
            <h1>Neue Seilbahn für Bad Tölz</h1>
            <p>BAD TÖLZ: Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, eine Seilbahn vom Bahnhof auf den Kalvarienberg zu bauen. Die Kosten werden auf zwölf Millionen Euro geschätzt.</p>
            <p>Bürgermeister Huber sprach von einem „historischen Tag“ für die Stadt. Die Gondeln sollen ab dem Frühjahr 2026 im Fünf-Minuten-Takt fahren und bis zu achthundert Fahrgäste pro Stunde befördern.</p>
            <p>Kritik kam von den Anwohnern am Kalvarienberg, die Lärm und zusätzlichen Verkehr befürchten. Eine Bürgerinitiative kündigte an, ein Bürgerbegehren gegen das Projekt zu prüfen.</p>
            <p>Der Freistaat hat eine Förderung von bis zu sechzig Prozent in Aussicht gestellt. Der Baubeginn ist für den kommenden Herbst geplant, sofern alle Genehmigungen rechtzeitig vorliegen.</p>
          </article>
          <footer>© Isartaler Bote · Impressum · Datenschutz</footer>
        </body>
        </html>
        """;

    private readonly TempDirectory _dir = new();
    private readonly HtmlReader _reader = new();

    public void Dispose() => _dir.Dispose();

    private List<ReadItem> Read(string html) => All(_reader, _dir.Write("seite.html", html));

    [Fact]
    public void ExtractsTheArticle()
    {
        var draft = SingleDraft(Read(Page));

        Assert.Equal("Neue Seilbahn für Bad Tölz", draft.Headline);
        Assert.Equal(4, draft.Paragraphs.Count);
        Assert.StartsWith("BAD TÖLZ: Der Stadtrat", draft.Paragraphs[0]);
        Assert.DoesNotContain(draft.Paragraphs, p => p.Contains("tracking") || p.Contains("Impressum") || p.Contains("Start"));
        Assert.Equal("https://www.isartaler-bote.example/region/seilbahn-bad-toelz", draft.Url);
        Assert.Equal("isartalerbote.example", draft.Source);
        Assert.Equal(new DateTimeOffset(2024, 2, 14, 6, 30, 0, TimeSpan.Zero), draft.Published?.ToUniversalTime());
    }

    [Fact]
    public void APageWithoutCanonicalLinkHasNoUrl()
    {
        var draft = SingleDraft(Read(Page.Replace("<link rel=\"canonical\"", "<link rel=\"stylesheet\"")));

        Assert.Null(draft.Url);
        Assert.Null(draft.Source);
    }

    [Fact]
    public void TheDefaultSourceWins()
    {
        var draft = SingleDraft(All(_reader, _dir.Write("seite.html", Page), new ReaderOptions { DefaultSource = "ib" }));

        Assert.Equal("ib", draft.Source);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>Startseite</title></head><body><nav><a href=\"/a\">A</a></nav></body></html>")]
    [InlineData("")]
    [InlineData("kein HTML, nur ein Satz.")]
    public void APageWithoutArticleIsRejected(string html)
    {
        Assert.Contains("no readable article", SingleRejection(Read(html)).Rejection);
    }

    [Fact]
    public void BinaryGarbageIsRejected()
    {
        var bytes = new byte[4000];
        new Random(7).NextBytes(bytes);

        SingleRejection(All(_reader, _dir.WriteBytes("muell.html", bytes)));
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(HtmlNesting.MaxTreeDepth + 10)]
    public void DeeplyNestedPagesAreRejectedWithoutCrashing(int depth)
    {
        string html = "<html><head><title>Tief</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + "<p>" + string.Concat(Enumerable.Repeat("Text ", 200)) + "</p></body></html>";

        Assert.Contains("nested deeper", SingleRejection(Read(html)).Rejection);
    }

    [Fact]
    public void A_page_with_an_enormous_flat_DOM_is_rejected_at_once()
    {
        // A million siblings kept SmartReader busy beyond ten minutes (its time grows with the square of the size).
        string html = "<html><head><title>Breit</title></head><body><article><h1>Breite Seite</h1>"
            + string.Concat(Enumerable.Repeat("<span>w</span>", HtmlReader.MaxElements + 1)) + "</article></body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Assert.Contains($"more than {HtmlReader.MaxElements} elements", SingleRejection(Read(html)).Rejection);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void PagesOverTheLimitAreRejected()
    {
        var item = SingleRejection(All(_reader, _dir.Write("gross.html", Page), new ReaderOptions { MaxRecordBytes = 500 }));

        Assert.Contains("larger than 500 bytes", item.Rejection);
    }
}
