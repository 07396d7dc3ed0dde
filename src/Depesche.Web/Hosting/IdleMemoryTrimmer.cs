using Microsoft.Extensions.Hosting;

namespace Depesche.Web.Hosting;

/// <summary>
/// Gives memory back when the server falls idle. Under load (and while an ingest commits and the lexicon is rebuilt)
/// the garbage collector grows the heap and then keeps it: after a minute of 32 connections with an ingest the
/// server held 180 MB more than after the same minute without (issue 6, docs/benchmarks.md). After
/// <see cref="IdleAfter"/> without a request, one full compacting collection in the runtime's aggressive mode
/// returns the free part to the system, and the C heap's free pages go back too (<see cref="NativeHeap"/>); the pause
/// falls where no request waits for it.
/// </summary>
internal sealed class IdleMemoryTrimmer(RequestActivity activity, ArchiveHost host, ServeOptions options) : BackgroundService
{
    /// <summary>How long the server must have had no request.</summary>
    public static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var trim = new IdleTrim(IdleAfter);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), options.Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                long last = activity.Last;
                long version = host.CurrentOrNull?.Archive.Version ?? -1;
                if (trim.Due(options.Clock.GetElapsedTime(last), last, version))
                {
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    NativeHeap.Trim();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
