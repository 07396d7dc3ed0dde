namespace Depesche.Ingest;

// TEMPORARY stub until the readers branch lands.
public static class InputDiscovery
{
    public static IEnumerable<ReadItem> ReadAll(IEnumerable<string> paths, ReaderOptions options, string? forcedFormat) => throw new NotImplementedException();
    public static long TotalBytes(IEnumerable<string> paths) => 0;
}
