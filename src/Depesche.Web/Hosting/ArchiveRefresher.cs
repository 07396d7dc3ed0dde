using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Depesche.Web.Hosting;

/// <summary>Refreshes the <see cref="ArchiveHost"/> on a timer, so commits of a running <c>depesche ingest</c> show up within a second or so.</summary>
internal sealed class ArchiveRefresher(ArchiveHost host, ServeOptions options, ILogger<ArchiveRefresher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.RefreshEvery, options.Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    host.Refresh();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
                {
                    // An ingest may be rewriting files just then; the next tick tries again.
                    log.LogWarning("refreshing the archive failed, trying again: {Message}", e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
