using System.CommandLine;
using Depesche.Web;

namespace Depesche.Cli;

/// <summary>Options several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "Data folder of the archive (default: $DEPESCHE_DATA, else ~/.local/share/depesche)",
        HelpName = "DIR",
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON (documented in docs/json.md)" };

    public static Option<string> Urls() => new("--urls")
    {
        Description = $"Where the web server listens (default {ServeOptions.DefaultUrls}: this machine only; port 0 picks a free port)",
        HelpName = "URL",
        DefaultValueFactory = _ => ServeOptions.DefaultUrls,
    };
}
