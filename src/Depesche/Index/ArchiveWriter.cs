using System.Runtime.ExceptionServices;
using System.Collections.Concurrent;
using Depesche.Analysis.German;
using Depesche.Articles;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Depesche.Index;

/// <summary>
/// The archive's single writer: upserts articles from any number of threads and commits them durably.
/// Only one process writes an archive at a time (<see cref="WriterLock"/>, and Lucene's write lock within a process); readers never wait for it.
/// </summary>
public sealed class ArchiveWriter : IDisposable
{
    private readonly StemmerKind _stemmer;
    private readonly FSDirectory _dir;
    private readonly IndexWriter _writer;
    private readonly ArchiveCodec _codec;
    private readonly string _dataFolder;
    private readonly TimeProvider _clock;
    private readonly WriterLock _processLock;
    // Ids upserted since the last commit, with their content hash: the committed reader cannot see them.
    private readonly ConcurrentDictionary<string, string> _pending = new(StringComparer.Ordinal);
    // While the archive holds only what this writer added (it was empty when opened): the hash codes of those ids.
    // An id whose code is not here cannot be stored yet, so it is not looked up among the committed segments
    // (a seek in every segment's id terms, 3 % of ingest CPU at 200,000 articles). Codes may collide; a code
    // found here is only a reason to look.
    private readonly HashSet<int>? _addedIds;
    private DirectoryReader? _committed;
    private long _upserted;

    // Articles upserted since the last flush wait in batches, one per thread at a time (IndexBatch); a flush adds them
    // all to the archive. Upserts share the lock; a flush (at a commit, or when the batches are full) takes it alone.
    private readonly List<IndexBatch> _batches = [];
    private readonly List<IndexBatch> _idle = [];
    private readonly ReaderWriterLockSlim _flushLock = new();
    // Where the newest version of each id upserted since the last flush waits, to leave it out when it is replaced.
    private readonly ConcurrentDictionary<string, Placement> _placed = new(StringComparer.Ordinal);

    private readonly record struct Placement(IndexBatch Batch, int Generation, int Number);

    /// <summary>
    /// What the batches may hold before <see cref="FlushIfFull"/> adds them: the default 50,000 articles between
    /// commits take about 250 MB in two batches at 200,000 articles (docs/benchmarks.md, session 17).
    /// </summary>
    public const long BatchBudget = 512L << 20;

    // Batches holding more than this are followed by a full collection once added (see FlushBatches).
    private const long CollectAfterBytes = 64L << 20;

    private ArchiveWriter(FSDirectory dir, IndexWriter writer, ArchiveCodec codec, string dataFolder, TimeProvider clock, StemmerKind stemmer,
        WriterLock processLock)
    {
        _processLock = processLock;
        _stemmer = stemmer;
        _dir = dir;
        _writer = writer;
        _codec = codec;
        _dataFolder = dataFolder;
        _clock = clock;
        _committed = SchemaCheck.Exists(dir) ? DirectoryReader.Open(dir) : null;
        if (_committed is null || _committed.NumDocs == 0) _addedIds = [];
    }

    /// <summary>
    /// Opens (or creates) the archive in <paramref name="dataFolder"/> for writing, waiting up to
    /// <paramref name="lockWait"/> for another writer to finish.
    /// </summary>
    public static ArchiveWriter Open(string dataFolder, TimeSpan lockWait, TimeProvider? clock = null,
        StemmerKind stemmer = Stemming.Default)
    {
        try
        {
            string index = System.IO.Directory.CreateDirectory(DataFolder.IndexPath(dataFolder)).FullName;
            // Lucene takes a lock file it cannot create for a lock someone else holds and waits out the whole
            // timeout before saying "busy": a read-only or unwritable folder is found out here, at once.
            using (File.Create(Path.Combine(index, $".writable-{Environment.ProcessId}"), 1, FileOptions.DeleteOnClose)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(dataFolder, e);
        }
        var processLock = WriterLock.Acquire(dataFolder, lockWait);
        FSDirectory? dir = null;
        try
        {
            dir = SchemaCheck.OpenDirectory(dataFolder);
            bool exists = SchemaCheck.Exists(dir);
            if (exists) SchemaCheck.Verify(dir, dataFolder);
            var codec = new ArchiveCodec { Dictionary = exists ? NewestDictionary(dir) : null };
            var writer = new IndexWriter(dir, IndexSettings.WriterConfig(stemmer, lockWait, codec));
            return new ArchiveWriter(dir, writer, codec, dataFolder, clock ?? TimeProvider.System, stemmer, processLock);
        }
        catch (Exception e)
        {
            dir?.Dispose();
            processLock.Dispose();
            if (e is LockObtainFailedException) throw WriterLock.Busy(dataFolder, lockWait, e);
            if (e is IOException or UnauthorizedAccessException)
                throw CannotWrite(dataFolder, e);
            throw;
        }
    }

    // The text dictionary of the newest committed segment that has one: an ingest into an archive goes on with the
    // dictionary it has (its segments then merge by copying compressed chunks) rather than learning another.
    private static TextDictionary? NewestDictionary(FSDirectory dir)
    {
        var infos = new SegmentInfos();
        infos.Read(dir);
        for (int i = infos.Count - 1; i >= 0; i--)
        {
            var info = infos[i].Info;
            if (info.Codec is ArchiveCodec && StoredTextFormat.ReadDictionary(dir, info.Name, IOContext.READ_ONCE) is { } found) return found;
        }
        return null;
    }

    /// <summary>
    /// Learns the dictionary that the stored text of new segments is compressed against from <paramref name="articles"/>
    /// (the first of an ingest), unless the archive has one already; too few or too short articles leave it without
    /// (<see cref="TextDictionary.Learn"/>). Call it before indexing them: segments begun earlier keep what they began with.
    /// </summary>
    public void LearnTextDictionary(IReadOnlyCollection<Article> articles)
    {
        if (_codec.Dictionary is null) _codec.Dictionary = TextDictionary.Learn(articles);
    }

    /// <summary>Articles upserted (added or replaced) through this writer so far.</summary>
    public long Upserted => Interlocked.Read(ref _upserted);

    /// <summary>The time this writer stamps on new articles.</summary>
    public DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>Adds <paramref name="article"/>, replaces the stored version with the same id, or does nothing if that version is identical. Thread-safe.</summary>
    public UpsertOutcome Upsert(Article article)
    {
        string hash = ArticleId.ContentHash(article);
        bool known;
        if (_pending.TryGetValue(article.Id, out string? pendingHash))
        {
            if (pendingHash == hash) return UpsertOutcome.Unchanged;
            known = true;
        }
        else
        {
            string? storedHash = MayBeCommitted(article.Id) ? FindCommittedHash(article.Id) : null;
            if (storedHash == hash) return UpsertOutcome.Unchanged;
            known = storedHash is not null;
        }
        // Recorded before the article is pending, so that no later look-up can miss it.
        if (_addedIds is not null)
        {
            lock (_addedIds) _addedIds.Add(IdCode(article.Id));
        }
        // Two threads may race on one id: the first to register it adds, the other replaces or skips.
        string? previous = null;
        _pending.AddOrUpdate(article.Id, hash, (_, old) => { previous = old; return hash; });
        if (previous == hash) return UpsertOutcome.Unchanged;
        known |= previous is not null;

        _flushLock.EnterReadLock();
        try
        {
            var chain = DocumentBuilder.ChainFor(_stemmer);
            var batch = TakeBatch(chain);
            Placement placed;
            try
            {
                batch.Prepare(chain);
                var doc = DocumentBuilder.Build(article, hash, _stemmer);
                lock (batch) placed = new Placement(batch, batch.Generation, batch.Add(doc, chain));
            }
            finally
            {
                lock (_idle) _idle.Add(batch);
            }
            Placement? older = null;
            _placed.AddOrUpdate(article.Id, placed, (_, old) => { older = old; return placed; });
            if (known)
            {
                // The older version is left out of its batch if that was not added yet; otherwise it is in a
                // segment, and deleting the id there when this batch is added removes it.
                bool left = false;
                if (older is { } o)
                {
                    lock (o.Batch) left = o.Batch.TryDelete(o.Generation, o.Number);
                }
                if (!left)
                {
                    lock (batch) batch.DeleteCommitted(article.Id);
                }
            }
        }
        finally
        {
            _flushLock.ExitReadLock();
        }
        Interlocked.Increment(ref _upserted);
        return known ? UpsertOutcome.Replaced : UpsertOutcome.Added;
    }

    /// <summary>
    /// Writes the articles upserted so far into segments of the archive when the batches that hold them take more than
    /// <see cref="BatchBudget"/> (a long stretch between commits); they are durable only at the next commit. Call it
    /// between upserts, not during them.
    /// </summary>
    public void FlushIfFull()
    {
        long used;
        lock (_batches) used = _batches.Sum(b => b.BytesUsed);
        if (used > BatchBudget) WithStorageErrors(FlushBatches);
    }

    /// <summary>Makes everything upserted so far durable, recording <paramref name="lastInput"/> in the commit.</summary>
    public CommitInfo Commit(string? lastInput)
    {
        var info = new CommitInfo(Upserted, lastInput, Now);
        WithStorageErrors(() =>
        {
            if (((ArchiveMergeScheduler)_writer.Config.MergeScheduler).TakeFailure() is { } mergeFailure)
                throw mergeFailure is IOException ? mergeFailure : new InvalidOperationException("a background merge failed", mergeFailure);
            FlushBatches();
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [Schema.VersionKey] = Schema.Version,
                [Schema.CommittedKey] = info.Committed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [Schema.LastInputKey] = lastInput ?? "",
                [Schema.CommitTimeKey] = info.Time.ToString("O"),
            });
            _writer.Commit();
            var fresh = _committed is null ? DirectoryReader.Open(_dir) : DirectoryReader.OpenIfChanged(_committed);
            if (fresh is not null)
            {
                _committed?.Dispose();
                _committed = fresh;
            }
        });
        _pending.Clear();
        return info;
    }

    /// <summary>
    /// At the end of an ingest: merges the small segments its commits left (see <see cref="ArchiveMergePolicy"/>) and
    /// commits that again under <paramref name="lastInput"/>. Merges still running are finished first: closing the
    /// writer would abandon them, and skipping while one ran left 15 small segments after an ingest of 20,000
    /// articles with --commit-every 5000. It changes no article; a merge that fails loses nothing (its segments stay)
    /// and is dropped.
    /// </summary>
    public void MergeSmallSegments(string? lastInput)
    {
        var scheduler = (ArchiveMergeScheduler)_writer.Config.MergeScheduler;
        var policy = (ArchiveMergePolicy)_writer.Config.MergePolicy;
        try
        {
            _writer.WaitForMerges();
            policy.MergeSmallSegments = true;
            _writer.MaybeMerge();
            _writer.WaitForMerges();
        }
        catch (IOException)
        {
            return;
        }
        finally
        {
            policy.MergeSmallSegments = false;
        }
        if (scheduler.TakeFailure() is not null) return;
        if (_writer.HasUncommittedChanges()) Commit(lastInput);
    }

    /// <summary>Drops everything since the last commit (after a failure), keeping the archive as it was.</summary>
    public void Rollback()
    {
        _flushLock.EnterWriteLock();
        try
        {
            lock (_batches)
            {
                foreach (var batch in _batches) batch.Drop();
            }
            _placed.Clear();
            _pending.Clear();
        }
        finally
        {
            _flushLock.ExitWriteLock();
        }
        try { _writer.Rollback(); } catch (Exception e) when (e is IOException or ObjectDisposedException) { }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _committed?.Dispose();
        try
        {
            // Uncommitted work is dropped, not committed: only Commit makes articles durable.
            _writer.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException) { }
        lock (_batches)
        {
            foreach (var batch in _batches) batch.Dispose();
        }
        _flushLock.Dispose();
        _dir.Dispose();
        _processLock.Dispose();
    }

    /// <summary>The storage error of a data folder that cannot be written (full, read-only, not permitted).</summary>
    internal static DepescheException CannotWrite(string dataFolder, Exception e, string more = "") =>
        new(FailureKind.Storage, $"{dataFolder}: cannot write the archive ({e.Message}){more}", e);

    // A batch no other thread is adding to: preferably the one whose numbering the thread's analysis pass already
    // uses (switching makes the pass forget the numbers it cached), else any idle one, else a new one.
    private IndexBatch TakeBatch(DocumentChain chain)
    {
        lock (_idle)
        {
            int pick = _idle.FindIndex(b => b.Numbers(chain));
            if (pick < 0 && _idle.Count > 0) pick = _idle.Count - 1;
            if (pick >= 0)
            {
                var idle = _idle[pick];
                _idle.RemoveAt(pick);
                return idle;
            }
        }
        var batch = new IndexBatch(_writer.Config.Analyzer);
        lock (_batches) _batches.Add(batch);
        return batch;
    }

    // Adds every batch to the archive: first the deletions of committed versions that all of them ask for (so none
    // reaches a version another batch adds), then the batches, side by side.
    private void FlushBatches()
    {
        _flushLock.EnterWriteLock();
        try
        {
            List<IndexBatch> full;
            long held;
            lock (_batches)
            {
                foreach (var batch in _batches) batch.ApplyDeletes(_writer);
                full = _batches.Where(b => b.Count > 0).ToList();
                held = full.Sum(b => b.BytesUsed);
            }
            try
            {
                Parallel.ForEach(full, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b => b.AddTo(_writer));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            _placed.Clear();
            // Adding segments does not start merges as flushing them did: the merge policy is asked here.
            if (full.Count > 0) _writer.MaybeMerge();
            // The batches' scratch buffers were long-lived objects; collected now rather than whenever the runtime
            // gets to them, a 1M ingest peaked at 1,201 instead of 1,337 MB for 2 % more time (docs/benchmarks.md,
            // session 17). Only after batches of an ingest's size: a server adding a few articles pays no collection.
            if (held > CollectAfterBytes) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
        finally
        {
            _flushLock.ExitWriteLock();
        }
    }

    private static int IdCode(string id) => StringComparer.Ordinal.GetHashCode(id);

    private bool MayBeCommitted(string id)
    {
        if (_addedIds is null) return true;
        lock (_addedIds) return _addedIds.Contains(IdCode(id));
    }

    private string? FindCommittedHash(string id)
    {
        var reader = _committed;
        if (reader is null) return null;
        var bytes = new BytesRef(id);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var terms = atomic.GetTerms(Schema.Id);
            if (terms is null) continue;
            var te = terms.GetEnumerator();
            if (!te.SeekExact(bytes)) continue;
            var docs = te.Docs(atomic.LiveDocs, null);
            int doc = docs.NextDoc();
            if (doc == Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS) continue;
            var hashes = atomic.GetBinaryDocValues(Schema.ContentHash);
            var result = new BytesRef();
            hashes.Get(doc, result);
            return result.Utf8ToString();
        }
        return null;
    }

    private void WithStorageErrors(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(_dataFolder, e, "; everything committed before is kept");
        }
    }
}
