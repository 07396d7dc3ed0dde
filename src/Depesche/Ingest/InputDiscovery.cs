namespace Depesche.Ingest;

/// <summary>
/// The entry point of ingest: turns the paths and URLs a user gives into one stream of read items. Folders
/// are walked, each input gets its reader (by extension, by sniffing, or as forced), and every problem —
/// a missing file, an unreadable folder, a failed download — becomes a rejection with its place.
/// </summary>
public static class InputDiscovery
{
    /// <summary>The input format names a user may force: <c>seed, jsonl, csv, feed, html</c>.</summary>
    public static IReadOnlyList<string> FormatNames => ReaderCatalog.Names;

    /// <summary>
    /// Reads every input in order, streaming: files, folders (recursively, files with a known extension
    /// only unless a format is forced) and http(s) URLs of feeds.
    /// </summary>
    /// <param name="paths">Files, folders and feed URLs.</param>
    /// <param name="options">Limits and defaults for the readers.</param>
    /// <param name="forcedFormat">A format name that overrides detection, or null to detect.</param>
    /// <exception cref="ArgumentException">When <paramref name="forcedFormat"/> names no format (thrown at once).</exception>
    public static IEnumerable<ReadItem> ReadAll(IEnumerable<string> paths, ReaderOptions options, string? forcedFormat = null) =>
        ReadAll(paths, options, forcedFormat, FeedDownloader.Shared);

    /// <summary>
    /// Reads one input that is not a file on disk (a request body, say) with the reader of <paramref name="format"/>;
    /// read failures become rejections, as for files.
    /// </summary>
    /// <exception cref="ArgumentException">When <paramref name="format"/> names no format.</exception>
    public static IEnumerable<ReadItem> Read(InputFile input, string format, ReaderOptions options) =>
        GuardedRead.Read(ReaderCatalog.Get(format), input, options);

    /// <summary>As the public overload, downloading through <paramref name="downloader"/>.</summary>
    internal static IEnumerable<ReadItem> ReadAll(IEnumerable<string> paths, ReaderOptions options, string? forcedFormat,
        FeedDownloader downloader)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var forced = forcedFormat is null ? null : ReaderCatalog.Get(forcedFormat);
        return paths.SelectMany(path => ReadOne(path, options, forced, downloader));
    }

    private static IEnumerable<ReadItem> ReadOne(string path, ReaderOptions options, IArticleReader? forced,
        FeedDownloader downloader)
    {
        if (FeedDownloader.IsWebAddress(path))
        {
            var bytes = downloader.Download(path, options.MaxRecordBytes, out string problem);
            return bytes is null
                ? [ReadItem.Rejected(path, 0, problem)]
                : GuardedRead.Read(forced ?? ReaderCatalog.Get("feed"), new InputFile(path, () => new MemoryStream(bytes, false)), options);
        }
        if (Directory.Exists(path))
        {
            Func<string, bool> include = forced is null ? FormatDetector.HasKnownExtension : _ => true;
            return FolderWalk.Files(path, include).SelectMany(file => file.Problem is null
                ? ReadFile(file.Path, options, forced)
                : [ReadItem.Rejected(file.Path, 0, file.Problem)]);
        }
        if (File.Exists(path)) return ReadFile(path, options, forced);
        return [ReadItem.Rejected(path, 0, "no such file or folder")];
    }

    private static IEnumerable<ReadItem> ReadFile(string path, ReaderOptions options, IArticleReader? forced)
    {
        var input = InputFile.FromDisk(path, options.Counter);
        if (forced is not null) return GuardedRead.Read(forced, input, options);
        return FormatDetector.TryDetect(input, options.MaxRecordBytes, out string format, out string problem)
            ? GuardedRead.Read(ReaderCatalog.Get(format), input, options)
            : [ReadItem.Rejected(path, 0, problem)];
    }
}
