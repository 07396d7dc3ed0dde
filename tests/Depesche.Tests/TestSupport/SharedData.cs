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

    // Walks up from the test binaries to the folder holding Depesche.sln, wherever the build output is.
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depesche.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        throw new DirectoryNotFoundException($"No folder with Depesche.sln above {AppContext.BaseDirectory}.");
    }
}
