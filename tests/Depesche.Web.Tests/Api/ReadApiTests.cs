using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Depesche.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Depesche.Web.Tests.Api;

/// <summary>The read side of the API: search, facets, articles, health, errors and the OpenAPI document.</summary>
public sealed class ReadApiTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private TestWeb Web => corpus.Web;

    [Theory]
    [InlineData("q=Weissrussland", 3, new[] { "Weissrussland" })]
    [InlineData("q=Minsk&limit=2&offset=1&sort=date", 3, new[] { "--limit", "2", "--offset", "1", "--sort", "date", "Minsk" })]
    [InlineData("q=Weissrussland&source=toi&source=dpa&category=politik&category=allgemeines&from=2026-11-01&to=2026-11-30", 2,
        new[] { "--source", "toi", "--source", "dpa", "--category", "politik", "--category", "allgemeines", "--from", "2026-11-01", "--to", "2026-11-30", "Weissrussland" })]
    [InlineData("q=Lukaschenka", 0, new[] { "Lukaschenka" })]
    public async Task Search_answers_exactly_what_the_cli_prints_with_json(string parameters, int total, string[] cliArguments)
    {
        var api = JsonNode.Parse(await Web.GetOk("/api/search?" + parameters))!.AsObject();
        var cli = JsonNode.Parse(CliOutput.Of(["search", "--json", "--data", corpus.Archive.DataFolder, .. cliArguments]))!.AsObject();
        Assert.True(api["took_ms"]!.GetValue<double>() >= 0);
        api.Remove("took_ms");
        cli.Remove("took_ms");
        Assert.Equal(cli.ToJsonString(), api.ToJsonString());
        Assert.Equal(total, api["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Hostile_text_is_escaped_in_the_json_and_in_its_html_fields()
    {
        string raw = await Web.GetOk("/api/search?q=Schadcode");
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", raw, StringComparison.OrdinalIgnoreCase);
        using var doc = JsonDocument.Parse(raw);
        var hit = doc.RootElement.GetProperty("hits")[0];
        Assert.Equal(TestArchive.HostileHeadline, hit.GetProperty("headline").GetString());
        Assert.StartsWith("<mark>Schadcode</mark>-Test &lt;script&gt;alert(&#39;kopf&#39;)&lt;/script&gt;", hit.GetProperty("headline_highlighted").GetString());
        Assert.Contains("&lt;img src=x onerror=", hit.GetProperty("snippet").GetString());
        Assert.DoesNotContain("<img", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Facets_count_all_articles_without_a_query_and_the_matches_with_one()
    {
        using var all = JsonDocument.Parse(await Web.GetOk("/api/facets"));
        int articles = Directory.GetFiles(SharedData.Samples, "*.txt").Length + 2;
        Assert.Equal(articles, all.RootElement.GetProperty("total").GetInt32());
        var sources = all.RootElement.GetProperty("facets").GetProperty("source").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(1, sources["xss"]);

        using var some = JsonDocument.Parse(await Web.GetOk("/api/facets?q=Weissrussland"));
        Assert.Equal("Weissrussland", some.RootElement.GetProperty("query").GetString());
        Assert.Equal(3, some.RootElement.GetProperty("total").GetInt32());
        var months = some.RootElement.GetProperty("facets").GetProperty("month");
        Assert.Equal("2026-11", months[0].GetProperty("value").GetString());
        Assert.Equal(3, months[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task An_article_by_id_has_the_shape_of_show_and_an_unknown_one_is_a_404()
    {
        string cli = CliOutput.Of("show", "--json", "--data", corpus.Archive.DataFolder, "hostile-1");
        Assert.Equal(JsonNode.Parse(cli)!.ToJsonString(), JsonNode.Parse(await Web.GetOk("/api/articles/hostile-1"))!.ToJsonString());

        using var response = await Web.Client.GetAsync("/api/articles/kein-solcher-artikel");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await ApiErrors.Read(response);
        Assert.Equal("not found", error.GetProperty("error").GetString());
        Assert.Contains("kein-solcher-artikel", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Health_reports_the_archive_and_that_writes_are_off()
    {
        using var doc = JsonDocument.Parse(await Web.GetOk("/api/health"));
        Assert.Equal("ok", doc.RootElement.GetProperty("status").GetString());
        Assert.Equal(Directory.GetFiles(SharedData.Samples, "*.txt").Length + 2, doc.RootElement.GetProperty("articles").GetInt32());
        Assert.False(doc.RootElement.GetProperty("writes_enabled").GetBoolean());
    }

    [Theory]
    [InlineData("/api/search?q=Minsk&limit=abc", 400, "query:limit", "not a whole number")]
    [InlineData("/api/search?q=Minsk&limit=0", 400, null, "limit must be between 1 and 1000")]
    [InlineData("/api/search?q=Minsk&from=2024-13-01", 400, "query:from", "is not a date")]
    [InlineData("/api/search?q=Minsk&to=morgen", 400, "query:to", "is not a date")]
    [InlineData("/api/search?q=Minsk&from=2025-01-02&to=2025-01-01", 400, null, "is after to")]
    [InlineData("/api/search?q=Minsk&sort=best", 400, "query:sort", "not relevance or date")]
    [InlineData("/api/facets?from=gestern", 400, "query:from", "is not a date")]
    [InlineData("/api/keine-solche-adresse", 404, null, "nothing at")]
    public async Task Mistakes_are_4xx_json_with_a_message_and_the_place(string url, int status, string? place, string message)
    {
        using var response = await Web.Client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        var error = await ApiErrors.Read(response);
        Assert.Contains(message, error.GetProperty("message").GetString());
        if (place is not null) Assert.Equal(place, error.GetProperty("place").GetString());
    }

    [Fact]
    public async Task A_query_string_over_the_limit_is_refused_with_414_json()
    {
        using var response = await Web.Client.GetAsync("/api/search?q=" + new string('a', 5000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var error = await ApiErrors.Read(response);
        Assert.Equal("too long", error.GetProperty("error").GetString());
        Assert.Contains("at most 4096", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_exactly_the_api_endpoints_the_server_has()
    {
        using var doc = JsonDocument.Parse(await Web.GetOk("/openapi/v1.json"));
        var documented = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .Where(e => e.Contains(" /api/")).Order().ToList();
        var routed = Web.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/"))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order().ToList();
        Assert.Equal(routed, documented);
        Assert.Equal(["GET /api/articles/{id}", "GET /api/facets", "GET /api/health", "GET /api/search", "POST /api/articles"], documented);
        var search = doc.RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order();
        Assert.Equal(["category", "from", "limit", "offset", "q", "sort", "source", "to"], search);
    }
}
