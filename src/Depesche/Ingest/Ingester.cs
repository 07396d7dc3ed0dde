using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Depesche.Articles;
using Depesche.Index;

namespace Depesche.Ingest;

/// <summary>
/// The ingest pipeline: one thread reads and parses inputs in order, the analysis threads index
/// chunks of articles in parallel, and a commit follows every <see cref="IngestOptions.CommitEvery"/>
/// articles. Memory stays bounded: at most two chunks wait between reading and indexing.
/// </summary>
public sealed class Ingester
{
    private readonly ArchiveWriter _writer;
    private readonly IngestOptions _options;
    private readonly Action<IngestProgress>? _onProgress;
    private readonly Action<ReadItem>? _onRejected;
    private readonly Stopwatch _clock = new();
    private string? _currentPath;
    private long _read, _added, _replaced, _unchanged, _rejected, _bytes, _committed;
    private int _commits;
    private string? _lastCommitted;
    private string? _lastPlace;

    /// <summary>A pipeline that writes through <paramref name="writer"/>, calling back on progress and on each rejection.</summary>
    public Ingester(ArchiveWriter writer, IngestOptions? options = null,
        Action<IngestProgress>? onProgress = null, Action<ReadItem>? onRejected = null)
    {
        _writer = writer;
        _options = options ?? new IngestOptions();
        _options.Validate();
        _onProgress = onProgress;
        _onRejected = onRejected;
    }

    /// <summary>Reads, indexes and commits every item; stops reading early (then commits) when <paramref name="cancel"/> fires.</summary>
    public IngestProgress Run(IEnumerable<ReadItem> items, CancellationToken cancel = default)
    {
        _clock.Start();
        var chunks = new ChunkQueue<Chunk>(2);
        // The reader blocks on the queue, so it gets a thread of its own: on the thread pool it would make
        // the pool add threads that then spin between chunks, which measured as a fifth of ingest CPU.
        var reading = Task.Factory.StartNew(() => Produce(items, chunks, cancel), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        long sinceCommit = 0;
        try
        {
            bool learned = false;
            foreach (var chunk in chunks.Consume())
            {
                // The first chunk of enough articles teaches an archive without a text dictionary one (about 0.1 s for
                // 512 articles): the stored text of the segments written from then on is compressed against it.
                if (!learned && chunk.Articles.Count >= TextDictionary.MinimumArticles)
                {
                    _writer.LearnTextDictionary(chunk.Articles);
                    learned = true;
                }
                IndexChunk(chunk);
                sinceCommit += chunk.Records;
                if (sinceCommit >= _options.CommitEvery)
                {
                    Commit(chunk.LastPlace);
                    sinceCommit = 0;
                }
                else
                {
                    _writer.FlushIfFull();
                    Report();
                }
            }
            reading.GetAwaiter().GetResult();
            Commit(_lastPlace ?? _lastCommitted);
            if (!cancel.IsCancellationRequested) _writer.MergeSmallSegments(_lastCommitted);
        }
        catch
        {
            _writer.Rollback();
            throw;
        }
        finally
        {
            // Unblocks the reader if indexing failed while it waited for room in the queue.
            chunks.Complete();
        }
        return Snapshot();
    }

    private void Produce(IEnumerable<ReadItem> items, ChunkQueue<Chunk> output, CancellationToken cancel)
    {
        try
        {
            var current = new Chunk();
            foreach (var item in items)
            {
                if (cancel.IsCancellationRequested) break;
                CountBytes(item.Path);
                if (item.Draft is null)
                {
                    Interlocked.Increment(ref _rejected);
                    _onRejected?.Invoke(item);
                    continue;
                }
                var article = ArticleFactory.Create(item.Draft, _writer.Now);
                // Two versions of one article in one chunk would race in the parallel upserts (either could win, or
                // both be stored): only the later is indexed, and the earlier counts as replaced by it (unchanged if equal).
                if (current.Add(article) is { } displaced)
                    Interlocked.Increment(ref ArticleId.ContentHash(displaced) == ArticleId.ContentHash(article) ? ref _unchanged : ref _replaced);
                current.LastPlace = item.Place;
                Interlocked.Increment(ref _read);
                // A chunk never spans a commit point, so --commit-every 100 commits every 100 articles, not every chunk.
                if (current.Records >= Math.Min(_options.ChunkSize, _options.CommitEvery))
                {
                    if (!output.Add(current)) return; // indexing stopped with an error; it reports it
                    current = new Chunk();
                }
            }
            current.Last = true;
            if (current.Records > 0) output.Add(current);
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
        }
    }

    private void IndexChunk(Chunk chunk)
    {
        try
        {
            Parallel.ForEach(chunk.Articles, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads }, article =>
            {
                switch (_writer.Upsert(article))
                {
                    case UpsertOutcome.Added: Interlocked.Increment(ref _added); break;
                    case UpsertOutcome.Replaced: Interlocked.Increment(ref _replaced); break;
                    default: Interlocked.Increment(ref _unchanged); break;
                }
            });
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.OfType<DepescheException>().FirstOrDefault() is { } failure)
        {
            // A full disk fails every thread's upsert; Parallel wraps them all, the caller needs the one clear failure.
            ExceptionDispatchInfo.Throw(failure);
        }
        _lastPlace = chunk.LastPlace;
    }

    private void Commit(string? lastPlace)
    {
        var info = _writer.Commit(lastPlace);
        _committed = info.Committed;
        _lastCommitted = info.LastInput;
        _commits++;
        Report();
    }

    private void CountBytes(string path)
    {
        // A reader yields all records of one input before the next, so a change of path is a new input.
        if (path == _currentPath) return;
        _currentPath = path;
        try
        {
            if (File.Exists(path)) Interlocked.Add(ref _bytes, new FileInfo(path).Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private void Report() => _onProgress?.Invoke(Snapshot());

    private IngestProgress Snapshot() => new()
    {
        Read = Interlocked.Read(ref _read),
        Added = Interlocked.Read(ref _added),
        Replaced = Interlocked.Read(ref _replaced),
        Unchanged = Interlocked.Read(ref _unchanged),
        Rejected = Interlocked.Read(ref _rejected),
        Bytes = Interlocked.Read(ref _bytes),
        Committed = _committed,
        LastCommittedInput = _lastCommitted,
        Commits = _commits,
        Elapsed = _clock.Elapsed,
    };

    private sealed class Chunk
    {
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

        /// <summary>The articles to index, each id once.</summary>
        public List<Article> Articles { get; } = [];

        /// <summary>Records read into the chunk, later versions of one article included.</summary>
        public int Records { get; private set; }

        /// <summary>Adds <paramref name="article"/>; returns the earlier version it displaced from this chunk, if any.</summary>
        public Article? Add(Article article)
        {
            Records++;
            if (_positions.TryGetValue(article.Id, out int at))
            {
                var displaced = Articles[at];
                Articles[at] = article;
                return displaced;
            }
            _positions[article.Id] = Articles.Count;
            Articles.Add(article);
            return null;
        }

        public string? LastPlace { get; set; }

        /// <summary>The input's last chunk: the final commit follows it.</summary>
        public bool Last { get; set; }
    }
}
