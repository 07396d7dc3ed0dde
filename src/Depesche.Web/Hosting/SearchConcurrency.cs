using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Hosting;

/// <summary>
/// Lets at most <see cref="ServeOptions.ConcurrentSearches"/> reading requests (searches, pages, articles) work at
/// once; the others wait their turn without holding a thread. A search is synchronous CPU work: with sixteen of them
/// running on two cores, the threads took turns on the cores and on the index files' locks, and the server answered
/// 142 uncached searches a second, against 259 with two at a time (docs/benchmarks.md, session 5). A request that
/// finds the queue full is answered 503 with Retry-After. Health checks, static files and writes pass straight through.
/// </summary>
internal sealed class SearchConcurrency(RequestDelegate next, ServeOptions options) : IAsyncDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.ConcurrentSearches,
        QueueLimit = options.QueuedSearches,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Gated(context.Request))
        {
            await next(context);
            return;
        }
        using var lease = await _limiter.AcquireAsync(1, context.RequestAborted);
        if (!lease.IsAcquired)
        {
            throw new RequestProblem(StatusCodes.Status503ServiceUnavailable, "busy",
                $"the server is answering {options.ConcurrentSearches + options.QueuedSearches} requests already; try again in a second")
            { RetryAfterSeconds = 1 };
        }
        await next(context);
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    private static bool Gated(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments("/api/health")
        && !request.Path.StartsWithSegments("/static")
        && !request.Path.StartsWithSegments("/openapi");
}
