using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Hosting;

/// <summary>
/// Runs reading requests (searches, pages, articles) on <see cref="ServeOptions.ConcurrentSearches"/> search threads
/// (<see cref="SearchThreads"/>); the others wait in a queue without holding a thread. A search is synchronous CPU
/// work: with sixteen of them running on two cores, the threads took turns on the cores and on the index files' locks,
/// and the server answered 142 uncached searches a second, against 259 with two at a time (docs/benchmarks.md,
/// session 5). A request that finds <see cref="ServeOptions.QueuedSearches"/> waiting is answered 503 with
/// Retry-After. Health checks, static files and writes pass straight through.
/// </summary>
internal sealed class SearchConcurrency(RequestDelegate next, ServeOptions options) : IDisposable
{
    private readonly SearchThreads _threads = new(options.ConcurrentSearches);

    public Task InvokeAsync(HttpContext context)
    {
        if (!Gated(context.Request)) return next(context);
        if (_threads.Waiting >= options.QueuedSearches)
        {
            throw new RequestProblem(StatusCodes.Status503ServiceUnavailable, "busy",
                $"{_threads.Waiting} requests are waiting already; try again in a second")
            { RetryAfterSeconds = 1 };
        }
        return Task.Factory.StartNew(() => next(context), context.RequestAborted, TaskCreationOptions.DenyChildAttach, _threads).Unwrap();
    }

    public void Dispose() => _threads.Dispose();

    private static bool Gated(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments("/api/health")
        && !request.Path.StartsWithSegments("/static")
        && !request.Path.StartsWithSegments("/openapi");
}
