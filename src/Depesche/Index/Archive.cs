using System.Globalization;
using Depesche.Articles;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Depesche.Index;

/// <summary>
/// The read side of an archive: a searcher that sees the newest commit (refreshable while another
/// process ingests), article look-ups and statistics. Never takes the write lock.
/// </summary>
public sealed class Archive : IDisposable
{
    private readonly FSDirectory _dir;
    private readonly SearcherManager _searchers;
    private readonly List<Action<IndexSearcher>> _warmers = [];

    private Archive(string dataFolder, FSDirectory dir)
    {
        DataFolder = dataFolder;
        _dir = dir;
        _searchers = new SearcherManager(dir, new ArchiveSearcherFactory(this));
    }

    /// <summary>The data folder this archive lives in.</summary>
    public string DataFolder { get; }

    /// <summary>
    /// Opens the archive in <paramref name="dataFolder"/>; a clear error when there is none or it is of another schema.
    /// With <paramref name="mapIndex"/> the index files are mapped into memory, the fastest way to search them; their
    /// pages then count as the process's resident memory, as much of the index as searches have touched (630 MB of a
    /// 2.6 GB index after a minute of queries). Without it they are read into buffers and the pages stay the kernel's
    /// file cache: a long-running server's resident memory is its own (`depesche serve` unless --map-index).
    /// </summary>
    public static Archive Open(string dataFolder, bool mapIndex = true)
    {
        if (!System.IO.Directory.Exists(Index.DataFolder.IndexPath(dataFolder)))
            throw NoArchive(dataFolder);
        var dir = SchemaCheck.OpenDirectory(dataFolder, mapIndex);
        try
        {
            if (!SchemaCheck.Exists(dir)) throw NoArchive(dataFolder);
            SchemaCheck.Verify(dir, dataFolder);
            return new Archive(dataFolder, dir);
        }
        catch
        {
            dir.Dispose();
            throw;
        }
    }

    /// <summary>The version of the commit searches see now (it grows with every commit they pick up).</summary>
    public long Version => WithSearcher(s => s.IndexReader is DirectoryReader reader ? reader.Version : -1);

    /// <summary>Picks up articles committed since the searcher was opened; cheap when nothing changed.</summary>
    public bool Refresh() => _searchers.MaybeRefresh();

    /// <summary>
    /// Has <paramref name="warm"/> called with each new commit's searcher before <see cref="Refresh"/> publishes it
    /// (until then searches see the previous commit), so that caches can be filled for it first. A warmer must not throw.
    /// </summary>
    public void AddWarmer(Action<IndexSearcher> warm)
    {
        lock (_warmers) _warmers.Add(warm);
    }

    /// <summary>Runs <paramref name="work"/> on the current searcher, which stays valid while it runs.</summary>
    public T WithSearcher<T>(Func<IndexSearcher, T> work)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The article with id <paramref name="id"/>, or null.</summary>
    public Article? FindById(string id) => WithSearcher(s =>
    {
        var top = s.Search(new TermQuery(new Term(Schema.Id, id)), 1);
        return top.TotalHits == 0 ? null : StoredArticle.Read(s.Doc(top.ScoreDocs[0].Doc));
    });

    /// <summary>Every version stored under <paramref name="slug"/>, newest first.</summary>
    public IReadOnlyList<Article> FindBySlug(string slug) => WithSearcher(s =>
    {
        var top = s.Search(new TermQuery(new Term(Schema.Slug, slug)), 100);
        return top.ScoreDocs.Select(d => StoredArticle.Read(s.Doc(d.Doc)))
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.IngestedAt).ToList();
    });

    /// <summary>Counts, labels, size and the last commit.</summary>
    public ArchiveStats Stats() => WithSearcher(s =>
    {
        var reader = (DirectoryReader)s.IndexReader;
        var data = reader.IndexCommit.UserData;
        data.TryGetValue(Schema.CommitTimeKey, out string? time);
        data.TryGetValue(Schema.LastInputKey, out string? lastInput);
        var counts = FacetCounter.CountAll(reader);
        return new ArchiveStats
        {
            Articles = reader.NumDocs,
            Sources = counts.Sources,
            Categories = counts.Categories,
            IndexBytes = new DirectoryInfo(Index.DataFolder.IndexPath(DataFolder)).EnumerateFiles().Sum(f => f.Length),
            LastIngest = string.IsNullOrEmpty(time) ? null : DateTimeOffset.Parse(time, CultureInfo.InvariantCulture),
            LastInput = string.IsNullOrEmpty(lastInput) ? null : lastInput,
            DataFolder = DataFolder,
            SchemaVersion = data.TryGetValue(Schema.VersionKey, out string? v) ? v : "none",
        };
    });

    /// <inheritdoc />
    public void Dispose()
    {
        _searchers.Dispose();
        _dir.Dispose();
    }

    private static DepescheException NoArchive(string dataFolder) =>
        new(FailureKind.Archive, $"{dataFolder}: no archive here yet; run 'depesche ingest --data {dataFolder} FILES' first");

    private sealed class ArchiveSearcherFactory(Archive archive) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            var searcher = new IndexSearcher(reader) { Similarity = IndexSettings.Similarity };
            Action<IndexSearcher>[] warmers;
            lock (archive._warmers) warmers = [.. archive._warmers];
            foreach (var warm in warmers) warm(searcher);
            return searcher;
        }
    }
}
