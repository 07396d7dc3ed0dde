using Depesche.Articles;
using Depesche.Ingest;

namespace Depesche.Tests.TestSupport;

/// <summary>
/// The evaluation data beside the repository (<c>../shared/data</c>), read in place and never copied into
/// the repository.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The full path of <paramref name="relativePath"/> under <c>../shared/data</c>.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root.Value, relativePath);

    /// <summary>
    /// The first <paramref name="lines"/> lines of a shared JSON Lines file, written to <paramref name="folder"/>
    /// (a test's scratch folder) as <c>excerpt.jsonl</c>; returns its path.
    /// </summary>
    public static string Excerpt(string relativePath, int lines, string folder)
    {
        string path = Path.Combine(folder, "excerpt.jsonl");
        File.WriteAllLines(path, File.ReadLines(PathOf(relativePath)).Take(lines));
        return path;
    }

    /// <summary>The first <paramref name="count"/> articles of a shared corpus, read as <c>depesche ingest</c> reads them.</summary>
    public static List<ArticleDraft> Articles(string relativePath, int count, string folder) =>
        InputDiscovery.ReadAll([Excerpt(relativePath, count, folder)], new ReaderOptions()).Select(i => i.Draft).OfType<ArticleDraft>().ToList();

    // Walks up from the test binaries to the folder holding Depesche.sln, wherever the build output is.
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depesche.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        throw new DirectoryNotFoundException($"No folder with Depesche.sln above {AppContext.BaseDirectory}.");
    }
}
