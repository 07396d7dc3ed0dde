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

        var doc = DocumentBuilder.Build(article, hash, _stemmer);
        WithStorageErrors(() =>
        {
            if (known) _writer.UpdateDocument(new Term(Schema.Id, article.Id), doc);
            else _writer.AddDocument(doc);
        });
        Interlocked.Increment(ref _upserted);
        return known ? UpsertOutcome.Replaced : UpsertOutcome.Added;
    }

    /// <summary>
    /// Lets the indexing threads write their buffered segments out themselves, side by side, as they index the
    /// next <paramref name="upcoming"/> articles before a commit: otherwise the commit writes every thread's segment
    /// on its own thread while the others wait (measured as a tenth of ingest time at 200,000 articles). Each thread
    /// flushes its buffer at its next article; the fresh buffers cannot reach the limit within those articles, so
    /// only they are left for the commit, which turns this off again.
    /// </summary>
    public void FlushBeforeCommit(int upcoming)
    {
        if (_writer.NumRamDocs() > upcoming) _writer.Config.MaxBufferedDocs = Math.Max(2, upcoming + 1);
    }

    /// <summary>Makes everything upserted so far durable, recording <paramref name="lastInput"/> in the commit.</summary>
    public CommitInfo Commit(string? lastInput)
    {
        var info = new CommitInfo(Upserted, lastInput, Now);
        WithStorageErrors(() =>
        {
            if (((ArchiveMergeScheduler)_writer.Config.MergeScheduler).TakeFailure() is { } mergeFailure)
                throw mergeFailure is IOException ? mergeFailure : new InvalidOperationException("a background merge failed", mergeFailure);
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [Schema.VersionKey] = Schema.Version,
                [Schema.CommittedKey] = info.Committed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [Schema.LastInputKey] = lastInput ?? "",
                [Schema.CommitTimeKey] = info.Time.ToString("O"),
            });
            _writer.Commit();
            _writer.Config.MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH;
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
        _dir.Dispose();
        _processLock.Dispose();
    }

    /// <summary>The storage error of a data folder that cannot be written (full, read-only, not permitted).</summary>
    internal static DepescheException CannotWrite(string dataFolder, Exception e, string more = "") =>
        new(FailureKind.Storage, $"{dataFolder}: cannot write the archive ({e.Message}){more}", e);

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
