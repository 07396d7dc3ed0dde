using System.CommandLine;

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
}
