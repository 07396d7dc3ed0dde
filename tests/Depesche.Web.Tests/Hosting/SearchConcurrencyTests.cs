using Depesche.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Tests.Hosting;

/// <summary>Reading requests run on the search threads and take turns; a full queue is answered 503; health checks never wait.</summary>
public sealed class SearchConcurrencyTests
{
    [Fact]
    public async Task A_search_waits_for_its_turn_on_a_search_thread_and_one_beyond_the_queue_is_told_to_come_back()
    {
        using var release = new ManualResetEventSlim();
        var threads = new System.Collections.Concurrent.ConcurrentBag<string?>();
        int running = 0, most = 0;
        Task Work(HttpContext context)
        {
            threads.Add(Thread.CurrentThread.Name);
            if (context.Request.Path.StartsWithSegments("/api/health")) return Task.CompletedTask;
            // A search is synchronous work: it holds its thread until done.
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            release.Wait(TimeSpan.FromSeconds(10));
            Interlocked.Decrement(ref running);
            return Task.CompletedTask;
        }
        var options = new ServeOptions { DataFolder = "unused", ConcurrentSearches = 1, QueuedSearches = 1 };
        using var gate = new SearchConcurrency(Work, options);

        var first = gate.InvokeAsync(Get("/api/search"));
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref running) == 1, TimeSpan.FromSeconds(5)));
        var second = gate.InvokeAsync(Get("/suche"));
        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);

        var refused = await Assert.ThrowsAsync<RequestProblem>(() => gate.InvokeAsync(Get("/api/search")));
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, refused.Status);
        Assert.Equal("busy", refused.Body.Error);
        Assert.Equal(1, refused.RetryAfterSeconds);

        // Health checks pass the full queue and run at once, on the caller's thread.
        await gate.InvokeAsync(Get("/api/health")).WaitAsync(TimeSpan.FromSeconds(5));

        release.Set();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, most);
        Assert.Equal(3, threads.Count);
        Assert.Equal(2, threads.Count(name => name == "depesche-search-1"));
    }

    [Fact]
    public void The_settings_are_checked()
    {
        Assert.Throws<DepescheException>(() => new ServeOptions { DataFolder = "d", ConcurrentSearches = 0 }.Validate());
        Assert.Throws<DepescheException>(() => new ServeOptions { DataFolder = "d", QueuedSearches = -1 }.Validate());
        Assert.Equal(Environment.ProcessorCount, new ServeOptions { DataFolder = "d" }.ConcurrentSearches);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    private static DefaultHttpContext Get(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = path;
        return context;
    }
}
