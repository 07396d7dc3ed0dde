namespace Depesche.Bench;

/// <summary>Finds the evaluation data beside the repository (<c>../shared/data</c>), read in place.</summary>
internal static class SharedData
{
    /// <summary><c>../shared/data</c> next to the folder holding Depesche.sln, searched upwards from here and from the binaries.</summary>
    public static string FindDefault()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Depesche.sln")))
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        throw new BenchInputException("no folder with Depesche.sln above the current folder; give the path of shared/data");
    }
}
