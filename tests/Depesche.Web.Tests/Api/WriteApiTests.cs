using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Depesche.Index;
using Depesche.Web.Tests.TestSupport;

namespace Depesche.Web.Tests.Api;

/// <summary><c>POST /api/articles</c>: off without a key, guarded by it, all or nothing, and polite while another process writes.</summary>
public sealed class WriteApiTests : IAsyncLifetime
{
    private const string Key = "test-schluessel-0123456789";
    private const string Article = """{"title":"Neue Brücke über die Elbe eröffnet","body":"DRESDEN: Die Waldschlösschenbrücke hat einen Nachbarn bekommen.","source":"mdr","category":"regional","published":"2026-10-02"}""";

    private readonly TestArchive _archive = TestArchive.WithCorpus();
    private TestWeb _web = null!;

    public async Task InitializeAsync() => _web = await TestWeb.StartAsync(new ServeOptions
    {
        DataFolder = _archive.DataFolder,
        ApiKey = Key,
        WriteLockWait = TimeSpan.FromMilliseconds(300),
        MaxBodyBytes = 64 * 1024,
    });

    [Fact]
    public async Task Without_a_configured_key_writes_are_disabled()
    {
        await using var readOnly = await TestWeb.StartAsync(_archive.DataFolder);
        using var response = await readOnly.Client.SendAsync(Post(Article, "application/json", Key));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("writes disabled", (await ApiErrors.Read(response)).GetProperty("error").GetString());
        Assert.Equal(0, await Total(readOnly, "Waldschlösschenbrücke"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("falscher-schluessel-0123456789")]
    [InlineData("test-schluessel-012345678")]
    public async Task A_missing_or_wrong_key_is_401(string? key)
    {
        using var response = await _web.Client.SendAsync(Post(Article, "application/json", key));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("unauthorized", (await ApiErrors.Read(response)).GetProperty("error").GetString());
        Assert.Equal(0, await Total(_web, "Waldschlösschenbrücke"));
    }

    [Fact]
    public async Task With_the_key_an_article_is_added_and_searchable_at_once_and_sending_it_again_changes_nothing()
    {
        using var created = await _web.Client.SendAsync(Post(Article, "application/json", Key));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var result = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal(1, result.RootElement.GetProperty("added").GetInt32());
        var article = result.RootElement.GetProperty("articles")[0];
        Assert.Equal("added", article.GetProperty("outcome").GetString());
        Assert.Equal($"/api/articles/{article.GetProperty("id").GetString()}", created.Headers.Location?.OriginalString);
        Assert.Equal(1, await Total(_web, "Waldschlösschenbrücke"));

        var again = Post(Article, "application/json", null);
        again.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var unchanged = await _web.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
        Assert.Contains("\"unchanged\":1", await unchanged.Content.ReadAsStringAsync());
        Assert.Equal(1, await Total(_web, "Waldschlösschenbrücke"));
    }

    [Fact]
    public async Task An_array_with_the_json_lines_aliases_and_seed_text_are_both_read()
    {
        const string array = """
            [
              {"headline": "Erster Fischkutter kehrt nach Sassnitz zurück", "text": "SASSNITZ: Der Kutter brachte Hering.", "date": "2026-09-01", "link": "https://example.org/kutter"},
              {"id": 4711, "title": "Zweiter Fischkutter folgt", "content": ["Absatz eins über Hering.", "Absatz zwei."]}
            ]
            """;
        using var json = await _web.Client.SendAsync(Post(array, "application/json", Key));
        Assert.Equal(HttpStatusCode.Created, json.StatusCode);
        Assert.Equal(2, await Total(_web, "Fischkutter"));
        using var byId = JsonDocument.Parse(await _web.GetOk("/api/articles/4711"));
        Assert.Equal(2, byId.RootElement.GetProperty("article").GetProperty("paragraphs").GetArrayLength());

        const string seed = "Dritter Fischkutter im Hafen\n\nDritter Fischkutter im Hafen\nSASSNITZ: Auch der dritte Kutter ist zurück.\n\nndr-regional\n";
        using var text = await _web.Client.SendAsync(Post(seed, "text/plain", Key));
        Assert.Equal(HttpStatusCode.Created, text.StatusCode);
        Assert.Equal(3, await Total(_web, "Fischkutter"));
        using var found = JsonDocument.Parse(await _web.GetOk("/api/search?q=Dritter%20Fischkutter"));
        Assert.Equal("ndr", found.RootElement.GetProperty("hits")[0].GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("""{"title": "Kaputtelei", "body": """, "application/json", "body:1", "broken JSON")]
    [InlineData("""[{"title": "Gutwetterfest", "body": "Text."}, {"title": "Schlechtwetterfest", "body": "Text.", "published": "31.12.2025"}]""", "application/json", "body:2", "unparseable date")]
    [InlineData("""[{"title": "Gutwetterfest", "body": "Text."}, {"source": "ohne"}]""", "application/json", "body:2", "no title and no body")]
    [InlineData("""["nur ein Text"]""", "application/json", "body:1", "not a JSON object")]
    [InlineData("[]", "application/json", "body", "no article")]
    [InlineData("\n\nnur ein Absatz ohne Titel\n", "text/plain", "body:1", "no headline")]
    public async Task Bad_input_is_400_json_with_the_place_and_nothing_is_stored(string body, string contentType, string place, string message)
    {
        using var response = await _web.Client.SendAsync(Post(body, contentType, Key));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ApiErrors.Read(response);
        Assert.Equal(place, error.GetProperty("place").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString());
        Assert.Equal(0, await Total(_web, "Gutwetterfest OR Schlechtwetterfest OR Kaputtelei"));
    }

    [Fact]
    public async Task Other_content_types_and_bodies_over_the_limit_are_refused()
    {
        using var xml = await _web.Client.SendAsync(Post("<rss/>", "application/xml", Key));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, xml.StatusCode);
        await ApiErrors.Read(xml);

        string large = JsonSerializer.Serialize(new { title = "Groß", body = new string('x', 70 * 1024) });
        using var tooLarge = await _web.Client.SendAsync(Post(large, "application/json", Key));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("too large", (await ApiErrors.Read(tooLarge)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task While_another_process_holds_the_writer_a_post_waits_briefly_then_answers_503_with_retry_after()
    {
        using (ArchiveWriter.Open(_archive.DataFolder, TimeSpan.FromSeconds(1)))
        {
            using var busy = await _web.Client.SendAsync(Post(Article, "application/json", Key));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.True(busy.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            Assert.Equal("busy", (await ApiErrors.Read(busy)).GetProperty("error").GetString());
            Assert.Equal(3, await Total(_web, "Weissrussland"));
        }
        using var later = await _web.Client.SendAsync(Post(Article, "application/json", Key));
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
    }

    [Fact]
    public async Task An_upload_of_many_articles_teaches_the_archive_a_text_dictionary_and_every_article_reads_back()
    {
        // 300 real news articles (about 280 KB) as one JSON array; the archive was written without a dictionary.
        var lines = File.ReadLines(SharedData.PathOf("eval/known-item-zeitgeist/corpus.jsonl")).Take(300).ToList();
        string index = Path.Combine(_archive.DataFolder, "index");
        Assert.All(Directory.GetFiles(index, "*.fdz"), f => Assert.True(new FileInfo(f).Length < 100, "the test archive already had a dictionary"));
        await using var web = await TestWeb.StartAsync(new ServeOptions { DataFolder = _archive.DataFolder, ApiKey = Key });

        using var created = await web.Client.SendAsync(Post("[" + string.Join(",", lines) + "]", "application/json", Key));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(Directory.GetFiles(index, "*.fdz"), f => new FileInfo(f).Length > 1000);
        foreach (string line in lines.Where((_, i) => i % 30 == 0))
        {
            using var record = JsonDocument.Parse(line);
            string id = record.RootElement.GetProperty("id").GetString()!;
            using var shown = JsonDocument.Parse(await web.GetOk("/api/articles/" + Uri.EscapeDataString(id)));
            // Stored as ingest stores it: white space collapsed and trimmed.
            string title = System.Text.RegularExpressions.Regex.Replace(record.RootElement.GetProperty("title").GetString()!, @"\s+", " ").Trim();
            Assert.Equal(title, shown.RootElement.GetProperty("article").GetProperty("headline").GetString());
        }
    }

    public async Task DisposeAsync()
    {
        await _web.DisposeAsync();
        _archive.Dispose();
    }

    private static HttpRequestMessage Post(string body, string contentType, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private static async Task<int> Total(TestWeb web, string query)
    {
        using var doc = JsonDocument.Parse(await web.GetOk("/api/search?q=" + Uri.EscapeDataString(query)));
        return doc.RootElement.GetProperty("total").GetInt32();
    }
}
