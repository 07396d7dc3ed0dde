using System.Net;
using System.Text;
using Depesche.Ingest;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Ingest;

public sealed class InputDiscoveryTests : IDisposable
{
    private const string Seed = "Kopfzeile\n\nText des Artikels.\n";
    private const string Feed = """<rss version="2.0"><channel><title>Netz</title><link>https://www.netzfunk.example/</link><item><title>Aus dem Netz</title><description>Text.</description></item></channel></rss>""";

    private readonly TempDirectory _dir = new();
    private readonly ReaderOptions _options = new();

    public void Dispose() => _dir.Dispose();

    private static string Headline(ReadItem item) => item.Draft?.Headline ?? $"REJECTED {item.Rejection}";

    [Fact]
    public void ListsTheFormatNames()
    {
        Assert.Equal(["seed", "jsonl", "csv", "feed", "html"], InputDiscovery.FormatNames);
    }

    [Fact]
    public void WalksFoldersRecursivelyInSortedOrderSkippingHiddenAndUnknownFiles()
    {
        _dir.Write("b/2.txt", "B2\n\nText.\n");
        _dir.Write("b/1.txt", "B1\n\nText.\n");
        _dir.Write("a.txt", "A\n\nText.\n");
        _dir.Write("c.jsonl", """{"title":"C","body":"Text."}""");
        _dir.Write("d.csv", "title;body\nD;Text.\n");
        _dir.Write("notizen.md", "# keine Eingabe");
        _dir.Write(".versteckt.txt", "Versteckt\n\nText.\n");
        _dir.Write(".git/x.txt", "Git\n\nText.\n");

        var items = InputDiscovery.ReadAll([_dir.Path], _options).ToList();

        Assert.Equal(["A", "B1", "B2", "C", "D"], items.Select(Headline));
        Assert.Equal(_dir.PathOf("b/1.txt"), items[1].Path);
    }

    [Fact]
    public void DoesNotFollowFolderLinksSoLoopsEnd()
    {
        _dir.Write("echt/a.txt", "A\n\nText.\n");
        Directory.CreateSymbolicLink(_dir.PathOf("echt/schleife"), _dir.Path);
        Directory.CreateSymbolicLink(_dir.PathOf("verweis"), _dir.PathOf("echt"));

        var items = InputDiscovery.ReadAll([_dir.Path], _options).ToList();

        Assert.Equal(["A"], items.Select(Headline));
    }

    [Fact]
    public void FollowsAFolderLinkGivenExplicitly()
    {
        _dir.Write("echt/a.txt", "A\n\nText.\n");
        Directory.CreateSymbolicLink(_dir.PathOf("verweis"), _dir.PathOf("echt"));

        Assert.Equal(["A"], InputDiscovery.ReadAll([_dir.PathOf("verweis")], _options).Select(Headline));
    }

    [Fact]
    public void AForcedFormatOverridesExtensionsAndTakesEveryFile()
    {
        _dir.Write("x/eins.dat", """{"title":"Eins","body":"Text."}""");
        _dir.Write("x/zwei.txt", """{"title":"Zwei","body":"Text."}""");

        var items = InputDiscovery.ReadAll([_dir.PathOf("x")], _options, "JSONL").ToList();

        Assert.Equal(["Eins", "Zwei"], items.Select(Headline));
    }

    [Fact]
    public void AnUnknownFormatNameFailsAtOnce()
    {
        var e = Assert.Throws<ArgumentException>(() => InputDiscovery.ReadAll(["egal"], _options, "yaml"));

        Assert.Contains("\"yaml\"", e.Message);
        Assert.Contains("seed, jsonl, csv, feed, html", e.Message);
    }

    [Fact]
    public void SniffsAnExplicitFileWithAnUnknownExtension()
    {
        string path = _dir.Write("meldungen.daten", Feed);

        Assert.Equal(["Aus dem Netz"], InputDiscovery.ReadAll([path], _options).Select(Headline));
    }

    [Fact]
    public void ProblemsWithInputsAreRejectionsInOrder()
    {
        string good = _dir.Write("gut.txt", Seed);
        string unknown = _dir.Write("raetsel.bin", "???");
        string missing = _dir.PathOf("fehlt.txt");
        Directory.CreateDirectory(_dir.PathOf("ordner"));
        File.CreateSymbolicLink(_dir.PathOf("ordner/kaputt.txt"), _dir.PathOf("nirgends.txt"));

        var items = InputDiscovery.ReadAll([missing, unknown, _dir.PathOf("ordner"), good], _options).ToList();

        Assert.Equal(4, items.Count);
        Assert.Equal((missing, "no such file or folder"), (items[0].Path, items[0].Rejection));
        Assert.Contains("cannot tell the format", items[1].Rejection);
        Assert.Equal(_dir.PathOf("ordner/kaputt.txt"), items[2].Path);
        Assert.StartsWith("cannot read", items[2].Rejection);
        Assert.Equal("Kopfzeile", Headline(items[3]));
    }

    [Fact]
    public void AReadErrorMidwayEndsThatInputWithARejection()
    {
        var input = new InputFile("wackelig.jsonl", () => new FailingStream("""{"title":"A","body":"B"}""" + "\n"));

        var items = GuardedRead.Read(new JsonLinesReader(), input, _options).ToList();

        Assert.Equal("A", Headline(items[0]));
        Assert.Equal(("wackelig.jsonl", 0), (items[1].Path, items[1].Line));
        Assert.StartsWith("cannot read", items[1].Rejection);
    }

    [Fact]
    public void ReadsFeedsFromTheWeb()
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Feed, Encoding.UTF8, "application/rss+xml") });

        var items = InputDiscovery.ReadAll(["https://netzfunk.example/feed"], _options, null, new FeedDownloader(handler)).ToList();

        var item = Assert.Single(items);
        Assert.Equal(("https://netzfunk.example/feed", "Aus dem Netz", "netzfunk.example"), (item.Path, item.Draft!.Headline, item.Draft.Source));
    }

    [Fact]
    public void DownloadFailuresAreRejectionsWithTheUrl()
    {
        var notFound = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
        var refused = new StubHandler(_ => throw new HttpRequestException("Connection refused"));
        var tooBig = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(new string('x', 5000)) });

        var a = Assert.Single(InputDiscovery.ReadAll(["http://a.example/feed"], _options, null, new FeedDownloader(notFound)));
        var b = Assert.Single(InputDiscovery.ReadAll(["http://b.example/feed"], _options, null, new FeedDownloader(refused)));
        var c = Assert.Single(InputDiscovery.ReadAll(["http://c.example/feed"], new ReaderOptions { MaxRecordBytes = 1000 }, null, new FeedDownloader(tooBig)));

        Assert.Equal(("http://a.example/feed", "download failed: HTTP 404 Not Found"), (a.Path, a.Rejection));
        Assert.Equal(("http://b.example/feed", "download failed: Connection refused"), (b.Path, b.Rejection));
        Assert.Equal(("http://c.example/feed", "download larger than 1000 bytes"), (c.Path, c.Rejection));
    }

    [Fact]
    public void ASlowServerRunsIntoTheDeadline()
    {
        var slow = new StubHandler((_, token) =>
        {
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10));
            token.ThrowIfCancellationRequested();
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        var item = Assert.Single(InputDiscovery.ReadAll(["http://langsam.example/feed"], _options, null,
            new FeedDownloader(slow, TimeSpan.FromMilliseconds(200))));

        Assert.Equal("download failed: no complete answer within 0.2 seconds", item.Rejection);
    }

    [Fact]
    public void StreamsLazily()
    {
        _dir.Write("a.txt", Seed);
        var items = InputDiscovery.ReadAll([_dir.Path, _dir.PathOf("gibt-es-nicht")], _options);

        _dir.Write("b.txt", "Später\n\nErst beim Lesen geschrieben.\n");

        Assert.Equal(["Kopfzeile", "Später", "REJECTED no such file or folder"], items.Select(Headline));
    }

    [Fact]
    public void RejectsANonPositiveRecordLimit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReaderOptions { MaxRecordBytes = 0 });
    }

    private sealed class StubHandler(Func<HttpRequestMessage, CancellationToken, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : this((request, _) => respond(request))
        {
        }

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
            respond(request, cancellationToken);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond(request, cancellationToken));
    }

    // Gives its bytes, then fails as a disk or network share might.
    private sealed class FailingStream(string text) : MemoryStream(Encoding.UTF8.GetBytes(text))
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = base.Read(buffer, offset, count);
            return read > 0 ? read : throw new IOException("Eingabe-/Ausgabefehler");
        }
    }
}
