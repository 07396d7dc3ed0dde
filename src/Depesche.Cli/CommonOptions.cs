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

    /// <summary>
    /// Refuses a word of <paramref name="argument"/> that looks like an option (two dashes and a letter): the argument
    /// takes any words, so a mistyped option (<c>--limt 5</c>) would otherwise be searched for, analysed or read as a
    /// path. After "--", which ends the options as usual, such a word is the argument's (<c>search -- --limt</c>);
    /// one dash is not an option (<c>-Trump</c> excludes a word from a search).
    /// </summary>
    public static void RefuseOptionLikeWords(ParseResult parse, Argument argument, string command)
    {
        var words = parse.GetResult(argument)?.Tokens ?? [];
        foreach (var token in parse.Tokens)
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.DoubleDash) return;
            if (token.Value is ['-', '-', var first, ..] && char.IsLetter(first) && words.Any(w => ReferenceEquals(w, token)))
                throw new DepescheException(FailureKind.Usage, $"unknown option '{token.Value}' for {command} (to mean the word, write it after '--')");
        }
    }

    public static Option<bool> Json() => new("--json") { Description = "Write JSON (documented in docs/json.md)" };

    public static Option<string> Urls() => new("--urls")
    {
        Description = $"Where the web server listens (default {ServeOptions.DefaultUrls}: this machine only; port 0 picks a free port)",
        HelpName = "URL",
        DefaultValueFactory = _ => ServeOptions.DefaultUrls,
    };
}
