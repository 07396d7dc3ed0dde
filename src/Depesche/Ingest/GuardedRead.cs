namespace Depesche.Ingest;

/// <summary>
/// Runs a reader so that the file system failing under it (a file that vanished, lost permissions, a
/// disk error) ends that input with a rejection instead of ending the whole ingest run with an exception,
/// and an input that holds nothing gets a rejection too.
/// </summary>
internal static class GuardedRead
{
    /// <summary>The items of <paramref name="reader"/> over <paramref name="input"/>; I/O failures become a rejection.</summary>
    public static IEnumerable<ReadItem> Read(IArticleReader reader, InputFile input, ReaderOptions options)
    {
        using var items = reader.Read(input, options).GetEnumerator();
        for (bool first = true; ; first = false)
        {
            ReadItem? item;
            bool failed = false;
            try
            {
                item = items.MoveNext() ? items.Current : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                item = ReadItem.Rejected(input.Path, 0, $"cannot read: {e.Message}");
                failed = true;
            }
            if (item is null)
            {
                // An input that gives nothing at all (an empty file, blank lines, a header alone) is said so, not passed over.
                if (first) yield return ReadItem.Rejected(input.Path, 0, "no articles in it (empty, white space only, or a header alone)");
                yield break;
            }
            yield return item;
            if (failed) yield break;
        }
    }
}
