using Depesche.Json;
using Depesche.Search;
using Depesche.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Depesche.Web.Api;

/// <summary>
/// The HTTP API under <c>/api</c> (docs/api.md). Searches take the CLI's parameters and answer with the
/// CLI's <c>--json</c> shapes; errors are <see cref="ApiError"/> bodies with a 4xx or 503 status.
/// </summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("api");
        api.MapGet("/search", Search).WithName("search").WithErrors()
            .WithSummary("Search the archive (the shape of `depesche search --json`)");
        api.MapGet("/facets", Facets).WithName("facets").WithErrors()
            .WithSummary("Facet counts (source, category, month) for a query; all articles when q is absent");
        api.MapGet("/articles/{id}", Article).WithName("article").WithErrors()
            .WithSummary("One article by id (or slug), with the other versions of its story (the shape of `depesche show --json`)")
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        api.MapPost("/articles", Add).WithName("add-articles").WithErrors()
            .WithSummary("Add articles: JSON (an object or an array), JSON Lines, or seed-format text/plain; needs the API key")
            .AddOpenApiOperationTransformer(UploadBody)
            .Produces<ApiError>(StatusCodes.Status401Unauthorized)
            .Produces<ApiError>(StatusCodes.Status403Forbidden)
            .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge)
            .Produces<ApiError>(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/health", Health).WithName("health").WithSummary("Whether the server has an archive, how large it is, whether writes are on");
    }

    // The body is read from the raw request (the engine's readers parse it), so the document is told its forms here.
    private static async Task UploadBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancel)
    {
        var articles = await context.GetOrCreateSchemaAsync(typeof(ArticleUpload[]), null, cancel);
        var text = new OpenApiSchema { Type = JsonSchemaType.String };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One article object or an array of them (JSON), one object a line (JSON Lines), or one article in the seed text format (text/plain).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = articles },
                ["application/x-ndjson"] = new() { Schema = text },
                ["text/plain"] = new() { Schema = text },
            },
        };
    }

    // Every endpoint may answer 400 (a bad parameter) and 503 (no archive yet, writer busy) with an ApiError.
    private static RouteHandlerBuilder WithErrors(this RouteHandlerBuilder endpoint) => endpoint
        .Produces<ApiError>(StatusCodes.Status400BadRequest)
        .Produces<ApiError>(StatusCodes.Status503ServiceUnavailable);

    private static Ok<SearchResponse> Search(ArchiveHost host, string? q, int? limit, int? offset, string[]? source,
        string[]? category, string? from, string? to, string? sort) =>
        TypedResults.Ok(host.Current.Answers.Search(Request(q, limit ?? 10, offset ?? 0, source, category, from, to, sort)));

    private static Ok<FacetsResponse> Facets(ArchiveHost host, string? q, string[]? source, string[]? category, string? from, string? to)
    {
        var request = Request(q, 1, 0, source, category, from, to, null) with { Snippets = false };
        var response = host.Current.Answers.Search(request);
        return TypedResults.Ok(new FacetsResponse(response.Query, response.Total, response.Facets!));
    }

    private static Ok<ShownArticleJson> Article(string id, ArchiveHost host) =>
        ArticleVersions.Find(host.Current.Archive, id) is { } found
            ? TypedResults.Ok(ShownArticleJson.From(found))
            : throw new RequestProblem(StatusCodes.Status404NotFound, "not found", $"no article with id or slug '{id}'", "path:id");

    private static async Task<Results<Created<IngestResponse>, Ok<IngestResponse>>> Add(HttpRequest request, ArticleIntake intake, CancellationToken cancel)
    {
        var result = await intake.AddAsync(request, cancel);
        if (result.Added == 0) return TypedResults.Ok(result);
        return TypedResults.Created(result.Articles.Count == 1 ? $"/api/articles/{Uri.EscapeDataString(result.Articles[0].Id)}" : (string?)null, result);
    }

    private static Ok<HealthResponse> Health(ArchiveHost host, ServeOptions options)
    {
        if (host.CurrentOrNull is not { } open)
            return TypedResults.Ok(new HealthResponse { Status = "empty", Articles = 0, WritesEnabled = options.ApiKey is not null, Message = host.Problem });
        var stats = open.Archive.Stats();
        return TypedResults.Ok(new HealthResponse
        {
            Status = "ok",
            Articles = stats.Articles,
            LastIngest = stats.LastIngest,
            SchemaVersion = stats.SchemaVersion,
            WritesEnabled = options.ApiKey is not null,
        });
    }

    private static SearchRequest Request(string? q, int limit, int offset, string[]? source, string[]? category, string? from, string? to, string? sort)
    {
        var request = new SearchRequest
        {
            Query = q ?? "",
            Limit = limit,
            Offset = offset,
            Sources = source ?? [],
            Categories = category ?? [],
            From = Parameter("from", () => SearchRequest.ParseDay(from, "from")),
            To = Parameter("to", () => SearchRequest.ParseDay(to, "to")),
            Sort = Parameter("sort", () => SearchRequest.ParseSort(sort, "sort")),
        };
        request.Validate();
        return request;
    }

    // The engine's usage errors, with the query parameter they are about as the place.
    private static T Parameter<T>(string name, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (DepescheException e) when (e.Kind == FailureKind.Usage)
        {
            throw new RequestProblem(StatusCodes.Status400BadRequest, "bad request", e.Message, $"query:{name}");
        }
    }
}
