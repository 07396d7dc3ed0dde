using System.Net;
using Depesche.Index;
using Depesche.Web.Hosting;
using Depesche.Web.Tests.TestSupport;

namespace Depesche.Web.Tests.Hosting;

/// <summary>
/// What the server promises a hostile client (docs/reliability.md, "Web safety"): the security headers on every
/// kind of answer, error answers without the server's paths or stack traces, and URL parts that never reach
/// the file system. Writes off without a key: WriteApiTests; the warning for a non-loopback address: ServeCommandTests.
/// </summary>
public sealed class WebSafetyTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    public static TheoryData<string> EveryKindOfAnswer() =>
    [
        "/", "/suche?q=Minsk", "/suche?q=%22offen", "/feed?q=Minsk", "/api/search?q=Minsk", "/api/health", "/api/articles/gibt-es-nicht",
        "/artikel/gibt-es-nicht", "/nirgends", "/api/nirgends", "/static/depesche.css", "/openapi/v1.json", "/api/search?limit=abc",
    ];

    [Theory]
    [MemberData(nameof(EveryKindOfAnswer))]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        using var response = await corpus.Web.Client.GetAsync(url);

        string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/artikel/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/artikel/..%5C..%5Cindex%5Csegments.gen")]
    [InlineData("/api/articles/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/index%2Fwrite.lock")]
    [InlineData("/api/articles/%2e%2e%2fwriter.lock")]
    [InlineData("/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/static/..%2FDepesche.Web.dll")]
    public async Task Ids_and_slugs_from_the_URL_are_looked_up_in_the_index_never_on_disk(string url)
    {
        using var response = await corpus.Web.Client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain(corpus.Archive.DataFolder, body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public void The_web_layer_never_opens_a_file_so_nothing_from_a_URL_can_name_one()
    {
        string web = Path.Combine(SharedData.RepositoryRoot, "src", "Depesche.Web");
        string[] fileSystem = ["File.", "Directory.", "FileStream", "FileInfo", "DirectoryInfo", "PhysicalFile", "SendFileAsync", "UseStaticFiles"];
        var uses = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && fileSystem.Any(x.line.Contains))
            .Select(x => $"{Path.GetRelativePath(web, x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.True(uses.Count == 0, string.Join('\n', uses));
    }

    [Theory]
    [InlineData(FailureKind.Busy, 503)]
    [InlineData(FailureKind.Archive, 503)]
    [InlineData(FailureKind.Storage, 507)]
    public void Errors_from_the_data_folder_are_answered_without_its_paths(FailureKind kind, int status)
    {
        var problem = ProblemMapping.From(new DepescheException(kind, "/srv/geheim/data: cannot write the archive (No space left on device : '/srv/geheim/data/index/_q.fdt')"))!;

        Assert.Equal(status, problem.Status);
        Assert.DoesNotContain("/srv/geheim", problem.Message);
    }

    [Fact]
    public async Task A_missing_article_page_and_a_busy_writer_show_no_paths()
    {
        using var page = await corpus.Web.Client.GetAsync("/artikel/gibt-es-nicht");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        string html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain(corpus.Archive.DataFolder, html);
        Assert.DoesNotContain("Exception", html);

        using var archive = TestArchive.WithCorpus();
        await using var web = await TestWeb.StartAsync(archive.DataFolder, apiKey: "ein-langer-geheimer-schluessel");
        using (ArchiveWriter.Open(archive.DataFolder, TimeSpan.FromSeconds(1)))
        {
            var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
            {
                Content = new StringContent("{\"title\":\"Titel\",\"body\":\"Text.\"}", System.Text.Encoding.UTF8, "application/json"),
            };
            post.Headers.Add("X-Api-Key", "ein-langer-geheimer-schluessel");
            using var busy = await web.Client.SendAsync(post);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.DoesNotContain(archive.DataFolder, await busy.Content.ReadAsStringAsync());
        }
    }
}
