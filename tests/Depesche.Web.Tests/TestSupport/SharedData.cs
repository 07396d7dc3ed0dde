namespace Depesche.Web.Tests.TestSupport;

/// <summary>
/// Files beside and inside the repository: the evaluation data in <c>../shared/data</c> (read in place,
/// never copied into the repository) and the demo corpus in <c>samples/</c>.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Repository = new(FindRepository);

    /// <summary>The seed article of <c>../shared/data/seed</c>.</summary>
    public static string SeedArticle => PathOf("seed/000_03ff23e65ee66c62.txt");

    /// <summary>The repository's root folder (holding Depesche.sln).</summary>
    public static string RepositoryRoot => Repository.Value;

    /// <summary>The repository's <c>samples/</c> folder.</summary>
    public static string Samples => Path.Combine(Repository.Value, "samples");

    /// <summary>The full path of <paramref name="relativePath"/> under <c>../shared/data</c>.</summary>
    public static string PathOf(string relativePath) =>
        Path.GetFullPath(Path.Combine(Repository.Value, "..", "shared", "data", relativePath));

    // Walks up from the test binaries to the folder holding Depesche.sln, wherever the build output is.
    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depesche.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No folder with Depesche.sln above {AppContext.BaseDirectory}.");
    }
}
