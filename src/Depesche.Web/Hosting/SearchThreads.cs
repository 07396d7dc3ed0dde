using System.Collections.Concurrent;

namespace Depesche.Web.Hosting;

/// <summary>
/// A fixed set of threads that run the server's reading requests, as search servers keep a search thread pool.
/// The engine keeps state per thread (Lucene's stored-field readers per segment, the analysis chains and their word
/// caches): on the shared pool every thread that ever served a search held a copy, and which threads those were
/// changed from run to run, so resident memory crept up by the copies of threads new to the work (issue 6's memory
/// check, docs/benchmarks.md). Here as many threads as searches may run at once hold it, always the same ones.
/// </summary>
internal sealed class SearchThreads : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = new();
    private readonly Thread[] _threads;
    private int _waiting;

    /// <summary>Starts <paramref name="count"/> threads (background threads: they never keep the process alive).</summary>
    public SearchThreads(int count)
    {
        _threads = new Thread[count];
        for (int i = 0; i < count; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = $"depesche-search-{i + 1}" };
            _threads[i].Start();
        }
    }

    /// <summary>How many pieces of work are queued and not yet started.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <inheritdoc />
    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>Stops taking work; the threads end once the queue is empty.</summary>
    public void Dispose() => _queue.CompleteAdding();

    /// <inheritdoc />
    protected override void QueueTask(Task task)
    {
        Interlocked.Increment(ref _waiting);
        _queue.Add(task);
    }

    // Work queued by one of these threads (a continuation) may run at once on it; other threads queue.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        !taskWasPreviouslyQueued && _threads.Contains(Thread.CurrentThread) && TryExecuteTask(task);

    /// <inheritdoc />
    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            Interlocked.Decrement(ref _waiting);
            TryExecuteTask(task);
        }
    }
}
