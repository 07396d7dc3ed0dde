using Depesche.Index;
using Depesche.Search;

namespace Depesche.Web.Hosting;

/// <summary>
/// The archive the server reads, opened once and refreshed in place so that articles another process
/// commits become searchable without a restart. The data folder may hold no archive yet: then every
/// request asks again, and the first commit that appears is opened.
/// </summary>
internal sealed class ArchiveHost : IDisposable
{
    private readonly string _dataFolder;
    private readonly int _cacheEntries;
    private readonly bool _mapIndex;
    private readonly Lock _gate = new();
    private volatile OpenArchive? _open;
    private DepescheException? _problem;
    private bool _disposed;

    public ArchiveHost(ServeOptions options)
    {
        _dataFolder = options.DataFolder;
        _cacheEntries = options.SearchCacheEntries;
        _mapIndex = options.MapIndex;
        TryOpen();
    }

    /// <summary>The open archive; a <see cref="DepescheException"/> (no archive, other schema) when there is none.</summary>
    public OpenArchive Current => _open ?? TryOpen() ?? throw (_problem ?? new DepescheException(FailureKind.Archive, "the server is stopping"));

    /// <summary>The open archive, or null when the data folder holds none (yet).</summary>
    public OpenArchive? CurrentOrNull => _open ?? TryOpen();

    /// <summary>Why there is no archive, when there is none.</summary>
    public string? Problem => _open is null ? _problem?.Message : null;

    /// <summary>Picks up new commits (or opens an archive that has appeared). Cheap when nothing changed.</summary>
    public void Refresh()
    {
        if (_open is { } open) open.Archive.Refresh();
        else TryOpen();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _open?.Archive.Dispose();
            _open = null;
        }
    }

    private OpenArchive? TryOpen()
    {
        lock (_gate)
        {
            if (_open is not null || _disposed) return _open;
            try
            {
                var archive = Archive.Open(_dataFolder, _mapIndex);
                var search = new ArchiveSearch(archive);
                _open = new OpenArchive(archive, search, new SearchCache(archive, search, _cacheEntries));
                _problem = null;
            }
            catch (DepescheException e)
            {
                _problem = e;
            }
            return _open;
        }
    }
}
