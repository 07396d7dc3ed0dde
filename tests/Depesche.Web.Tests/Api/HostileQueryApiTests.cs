using System.Diagnostics;
using CsCheck;
using Depesche.Tests.Search;
using Depesche.Tests.TestSupport;
using Depesche.Web.Tests.TestSupport;

namespace Depesche.Web.Tests.Api;

/// <summary>
/// Hostile queries (the engine tests' <see cref="HostileQueries"/>) through every endpoint that takes one: never a
/// 5xx, a JSON error for the API's 4xx (a query string over the limit is 414), an answer within seconds.
/// </summary>
public sealed class HostileQueryApiTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private static readonly string[] Endpoints = ["/suche?q=", "/api/search?q=", "/api/facets?q=", "/feed?q=", "/api/search?sort=date&limit=1000&offset=100000&q="];

    [Fact]
    public async Task Named_edge_cases_never_get_a_server_error()
    {
        foreach (var (name, query) in HostileQueries.EdgeCases())
            await AssertAnswered(name, query, Endpoints);
    }

    [Fact]
    public void Random_hostile_queries_never_get_a_server_error() =>
        HostileQueries.Generator.Sample(query => AssertAnswered(RandomText.Show(query), query, Endpoints[..1]).GetAwaiter().GetResult(),
            seed: HostileQueries.Seed, iter: 80, threads: 1, print: RandomText.Show);

    [Theory]
    [InlineData("limit=99999999999999999999")]
    [InlineData("offset=-1")]
    [InlineData("limit=0")]
    [InlineData("from=9999-99-99")]
    [InlineData("sort=%00")]
    public async Task Hostile_parameters_are_a_JSON_400(string parameters)
    {
        using var response = await corpus.Web.Client.GetAsync("/api/search?q=Minsk&" + parameters);
        Assert.Equal(400, (int)response.StatusCode);
        await ApiErrors.Read(response);
    }

    private async Task AssertAnswered(string name, string query, string[] endpoints)
    {
        foreach (string endpoint in endpoints)
        {
            var clock = Stopwatch.StartNew();
            using var response = await corpus.Web.Client.GetAsync(endpoint + Uri.EscapeDataString(query));
            int status = (int)response.StatusCode;
            Assert.True(status < 500, $"{endpoint}{name}: {status} {await response.Content.ReadAsStringAsync()}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{endpoint}{name}: {clock.Elapsed.TotalMilliseconds:0} ms");
            if (status >= 400 && endpoint.StartsWith("/api", StringComparison.Ordinal)) await ApiErrors.Read(response);
        }
    }
}
