namespace Depesche.Index;

/// <summary>
/// Where an archive lives: <c>--data</c>, else <c>DEPESCHE_DATA</c>, else
/// <c>$XDG_DATA_HOME/depesche</c> (by default <c>~/.local/share/depesche</c>).
/// </summary>
public static class DataFolder
{
    /// <summary>The environment variable that names the data folder.</summary>
    public const string EnvironmentVariable = "DEPESCHE_DATA";

    /// <summary>The folder to use, given the <c>--data</c> option (null when absent).</summary>
    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Path.GetFullPath(option);
        string? env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env)) return Path.GetFullPath(env);
        string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string root = string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".local", "share") : xdg;
        return Path.Combine(root, "depesche");
    }

    /// <summary>The Lucene index folder inside a data folder.</summary>
    public static string IndexPath(string dataFolder) => Path.Combine(dataFolder, "index");
}
