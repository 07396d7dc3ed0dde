namespace Depesche.Ingest;

/// <summary>
/// Runs a reader so that the file system failing under it (a file that vanished, lost permissions, a
/// disk error) ends that input with a rejection instead of ending the whole ingest run with an exception.
/// </summary>
internal static class GuardedRead
{
    /// <summary>The items of <paramref name="reader"/> over <paramref name="input"/>; I/O failures become a rejection.</summary>
    public static IEnumerable<ReadItem> Read(IArticleReader reader, InputFile input, ReaderOptions options)
    {
        using var items = reader.Read(input, options).GetEnumerator();
        while (true)
        {
            ReadItem item;
            bool failed = false;
            try
            {
                if (!items.MoveNext()) yield break;
                item = items.Current;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                item = ReadItem.Rejected(input.Path, 0, $"cannot read: {e.Message}");
                failed = true;
            }
            yield return item;
            if (failed) yield break;
        }
    }
}
