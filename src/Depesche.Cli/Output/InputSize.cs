namespace Depesche.Cli.Output;

/// <summary>The bytes an ingest will read, for the progress bar; 0 when unknown (URLs) or not worth a walk.</summary>
internal static class InputSize
{
    public static long Of(IEnumerable<string> paths)
    {
        long total = 0;
        var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (string path in paths)
        {
            try
            {
                if (File.Exists(path)) total += new FileInfo(path).Length;
                else if (Directory.Exists(path)) total += new DirectoryInfo(path).EnumerateFiles("*", walk).Sum(f => f.Length);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return total;
    }
}
