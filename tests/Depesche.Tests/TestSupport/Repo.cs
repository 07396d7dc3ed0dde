namespace Depesche.Tests.TestSupport;

/// <summary>Finds the repository and the shared evaluation data beside it.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Shared(params string[] parts) => Path.Combine([Path.GetFullPath(Path.Combine(Root, "..", "shared")), .. parts]);

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depesche.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (Depesche.sln)");
    }
}
