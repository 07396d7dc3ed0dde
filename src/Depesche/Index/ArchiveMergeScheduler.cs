using Lucene.Net.Index;

namespace Depesche.Index;

/// <summary>
/// Lucene's concurrent merges, except that a failed merge (a full disk, say) is kept for the writer to
/// report instead of being thrown on the merge thread, where it would end the process with a stack trace.
/// A failed merge loses nothing: its input segments stay as they were.
/// </summary>
internal sealed class ArchiveMergeScheduler : ConcurrentMergeScheduler
{
    private Exception? _failure;

    /// <summary>The first merge failure since the last call, or null; clears it.</summary>
    public Exception? TakeFailure() => Interlocked.Exchange(ref _failure, null);

    /// <inheritdoc />
    protected override void HandleMergeException(Exception exc) => Interlocked.CompareExchange(ref _failure, exc, null);
}
