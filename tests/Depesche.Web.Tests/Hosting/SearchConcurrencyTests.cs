using Depesche.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Tests.Hosting;

/// <summary>Reading requests take turns beyond the allowed number; a full queue is answered 503; health checks never wait.</summary>
public sealed class SearchConcurrencyTests
{
    [Fact]
    public async Task A_search_waits_for_its_turn_and_one_beyond_the_queue_is_told_to_come_back()
    {
        var release = new TaskCompletionSource();
        int running = 0, most = 0;
        async Task Work(HttpContext context)
        {
            int now = Interlocked.Increment(ref running);
            most = Math.Max(most, now);
            await release.Task;
            Interlocked.Decrement(ref running);
        }
        var options = new ServeOptions { DataFolder = "unused", ConcurrentSearches = 1, QueuedSearches = 1 };
        await using var gate = new SearchConcurrency(Work, options);

        var first = gate.InvokeAsync(Get("/api/search"));
        var second = gate.InvokeAsync(Get("/suche"));
        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);
        Assert.Equal(1, Volatile.Read(ref running));

        var refused = await Assert.ThrowsAsync<RequestProblem>(() => gate.InvokeAsync(Get("/api/search")));
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, refused.Status);
        Assert.Equal("busy", refused.Body.Error);
        Assert.Equal(1, refused.RetryAfterSeconds);

        // Health checks and static files pass the full gate; they run at once (and wait for the same release here).
        var health = gate.InvokeAsync(Get("/api/health"));
        Assert.Equal(2, Volatile.Read(ref running));

        release.SetResult();
        await Task.WhenAll(first, second, health);
        Assert.Equal(0, running);
        Assert.True(most <= 2);
    }

    [Fact]
    public void The_settings_are_checked()
    {
        Assert.Throws<DepescheException>(() => new ServeOptions { DataFolder = "d", ConcurrentSearches = 0 }.Validate());
        Assert.Throws<DepescheException>(() => new ServeOptions { DataFolder = "d", QueuedSearches = -1 }.Validate());
        Assert.Equal(Environment.ProcessorCount, new ServeOptions { DataFolder = "d" }.ConcurrentSearches);
    }

    private static DefaultHttpContext Get(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = path;
        return context;
    }
}
