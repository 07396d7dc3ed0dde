namespace Depesche.Index;

/// <summary>
/// The one-writer rule across processes: an exclusive OS lock (flock) on <c>DATA/writer.lock</c>, held while an
/// <see cref="ArchiveWriter"/> is open and dropped by the kernel when the process ends, even by SIGKILL, so it
/// never goes stale. Lucene.NET's own write lock keeps out a second writer in the same process but not in
/// another one on Linux (it holds <c>write.lock</c> under a shared flock): a second ingest would open the index
/// and delete the first one's new, uncommitted files as unreferenced.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    /// <summary>The lock file's name in the data folder.</summary>
    public const string FileName = "writer.lock";

    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _file;

    private WriterLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of <paramref name="dataFolder"/>, waiting up to <paramref name="wait"/>; a busy error after that.</summary>
    public static WriterLock Acquire(string dataFolder, TimeSpan wait)
    {
        string path = Path.Combine(dataFolder, FileName);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix; another process holding it makes this throw.
                return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (clock.Elapsed >= wait)
            {
                throw Busy(dataFolder, wait, e);
            }
            catch (IOException)
            {
                Thread.Sleep(RetryEvery);
            }
            catch (UnauthorizedAccessException e)
            {
                throw ArchiveWriter.CannotWrite(dataFolder, e);
            }
        }
    }

    /// <summary>The error of a writer that gave up waiting.</summary>
    public static DepescheException Busy(string dataFolder, TimeSpan waited, Exception? inner = null) => new(FailureKind.Busy,
        $"{dataFolder}: busy: another process is writing this archive (waited {waited.TotalSeconds:0} s); try again when it has finished", inner);

    /// <summary>Releases the lock (the file stays: deleting it could race with the next writer's lock).</summary>
    public void Dispose() => _file.Dispose();
}
