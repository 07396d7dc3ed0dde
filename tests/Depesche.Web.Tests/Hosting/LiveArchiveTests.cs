using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Depesche.Articles;
using Depesche.Index;
using Depesche.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Tests.Hosting;

/// <summary>
/// The server on Kestrel while another writer (as <c>depesche ingest</c> in another process) commits to
/// the same data folder: new articles become searchable within seconds, without a restart, even when the
/// folder held no archive when the server started. And a bug is a 500 without details.
/// </summary>
public sealed class LiveArchiveTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task An_article_committed_by_another_writer_while_serving_becomes_searchable_within_seconds()
    {
        using var archive = TestArchive.WithCorpus();
        await using var server = await LiveServer.StartAsync(archive.DataFolder);
        Assert.Equal(0, await Total(server, "Tiefseekabel"));

        Write(archive.DataFolder, "Tiefseekabel vor Gotland beschädigt", "VISBY: Ein Tiefseekabel in der Ostsee ist ausgefallen.");
        var waited = await Eventually(server, "Tiefseekabel");
        Assert.True(waited < Patience, $"found after {waited}");
    }

    [Fact]
    public async Task A_folder_without_an_archive_is_served_and_its_first_commit_is_picked_up()
    {
        using var empty = new TestArchive();
        await using var server = await LiveServer.StartAsync(empty.DataFolder);
        using (var health = JsonDocument.Parse(await server.Client.GetStringAsync("api/health")))
            Assert.Equal("empty", health.RootElement.GetProperty("status").GetString());
        Assert.Contains("Noch keine Artikel", await server.Client.GetStringAsync(""));
        using (var search = await server.Client.GetAsync("api/search?q=Tiefseekabel"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
            Assert.Equal("no archive", (await ApiErrors.Read(search)).GetProperty("error").GetString());
        }

        Write(empty.DataFolder, "Tiefseekabel vor Gotland beschädigt", "VISBY: Ein Tiefseekabel in der Ostsee ist ausgefallen.");
        var waited = await Eventually(server, "Tiefseekabel");
        Assert.True(waited < Patience, $"found after {waited}");
        Assert.Contains("Tiefseekabel vor Gotland", await server.Client.GetStringAsync(""));
    }

    [Fact]
    public async Task A_bug_is_answered_500_with_json_that_holds_no_details()
    {
        using var archive = new TestArchive();
        await using var web = await TestWeb.StartAsync(new ServeOptions { DataFolder = archive.DataFolder },
            app => app.MapGet("/api/kaputt", (Func<IResult>)(() => throw new InvalidOperationException("geheimes Detail"))));
        using var response = await web.Client.GetAsync("/api/kaputt");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var error = await ApiErrors.Read(response);
        Assert.Equal("internal error", error.GetProperty("error").GetString());
        Assert.DoesNotContain("geheimes", error.ToString());
        Assert.DoesNotContain("InvalidOperationException", error.ToString());
    }

    private static void Write(string dataFolder, string headline, string body)
    {
        using var writer = ArchiveWriter.Open(dataFolder, TimeSpan.FromSeconds(5));
        writer.Upsert(ArticleFactory.Create(new ArticleDraft { Headline = headline, Paragraphs = [body], Source = "svt", Category = "ausland" }, writer.Now));
        writer.Commit("another process");
    }

    private static async Task<TimeSpan> Eventually(LiveServer server, string query)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience * 2)
        {
            using var response = await server.Client.GetAsync("api/search?q=" + Uri.EscapeDataString(query));
            if (response.IsSuccessStatusCode && await Total(response) > 0) return clock.Elapsed;
            await Task.Delay(100);
        }
        return clock.Elapsed;
    }

    private static async Task<int> Total(LiveServer server, string query)
    {
        using var response = await server.Client.GetAsync("api/search?q=" + Uri.EscapeDataString(query));
        return await Total(response);
    }

    private static async Task<int> Total(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("total").GetInt32();
    }
}
