using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Depesche.Index;

/// <summary>Refuses to open an index written with another schema version, with a message that says what to do.</summary>
internal static class SchemaCheck
{
    /// <summary>Throws a <see cref="DepescheException"/> unless the newest commit of <paramref name="dir"/> is of <see cref="Schema.Version"/>.</summary>
    public static void Verify(Lucene.Net.Store.Directory dir, string dataFolder)
    {
        var commits = DirectoryReader.ListCommits(dir);
        var data = commits[^1].UserData;
        data.TryGetValue(Schema.VersionKey, out string? version);
        if (version == Schema.Version) return;
        throw new DepescheException(FailureKind.Archive,
            $"{dataFolder}: archive has schema version {version ?? "none"}, this Depesche needs {Schema.Version}; " +
            "ingest into a new --data folder (or delete this one) and ingest your files again");
    }

    /// <summary>True when <paramref name="dir"/> holds a committed index.</summary>
    public static bool Exists(Lucene.Net.Store.Directory dir) => DirectoryReader.IndexExists(dir);

    /// <summary>
    /// Opens the index folder of a data folder, turning I/O failures into clear messages: its files mapped into
    /// memory when <paramref name="mapped"/> (fastest), else read with positional reads (see <see cref="Archive.Open"/>).
    /// </summary>
    public static FSDirectory OpenDirectory(string dataFolder, bool mapped = true)
    {
        try
        {
            string path = DataFolder.IndexPath(dataFolder);
            return mapped ? new MappedDirectory(path) : new NIOFSDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DepescheException(FailureKind.Storage, $"{dataFolder}: cannot open the archive: {e.Message}", e);
        }
    }
}
