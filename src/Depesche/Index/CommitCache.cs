using System.Globalization;
using Lucene.Net.Index;

namespace Depesche.Index;

/// <summary>
/// Files in the data folder's <c>cache/</c> that hold what was worked out from one commit's words (the compound
/// index, the name spellings), named <c>KIND-VERSION.tsv</c>: a later process on the same commit reads them instead of
/// working them out again. Writing is best effort (a read-only data folder only costs the next process the work);
/// a file is written under a temporary name and moved into place, and older commits' files of the kind are removed.
/// </summary>
internal static class CommitCache
{
    /// <summary>What <paramref name="load"/> makes of the file of <paramref name="kind"/> for <paramref name="reader"/>'s commit, or null when there is none or it cannot be read.</summary>
    public static T? TryLoad<T>(string dataFolder, string kind, DirectoryReader reader, Func<string, T> load) where T : class
    {
        string path = PathOf(dataFolder, kind, reader);
        try
        {
            return File.Exists(path) ? load(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Writes the file of <paramref name="kind"/> for <paramref name="reader"/>'s commit with <paramref name="save"/>, if the folder lets it.</summary>
    public static void TrySave(string dataFolder, string kind, DirectoryReader reader, Action<string> save)
    {
        string path = PathOf(dataFolder, kind, reader);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string temporary = path + "." + Environment.ProcessId + ".tmp";
            save(temporary);
            File.Move(temporary, path, overwrite: true);
            foreach (string old in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, kind + "-*.tsv").Where(f => f != path)) File.Delete(old);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only data folder only costs the next process the same work.
        }
    }

    private static string PathOf(string dataFolder, string kind, DirectoryReader reader) =>
        Path.Combine(dataFolder, "cache", $"{kind}-{reader.Version.ToString(CultureInfo.InvariantCulture)}.tsv");
}
