using System.CommandLine;
using Depesche.Cli.Commands;

namespace Depesche.Cli;

/// <summary>
/// The <c>depesche</c> command line: parses arguments, calls the engine, prints. Every user mistake
/// ends as one line on stderr and a documented exit code (README, "Exit codes").
/// </summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int Bug = 1;

    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("Depesche: a German news archive with German-aware search")
        {
            IngestCommand.Create(context),
            SearchCommand.Create(context),
            ShowCommand.Create(context),
            StatsCommand.Create(context),
            EvalCommand.Create(context),
            SplitCommand.Create(context),
            ServeCommand.Create(context),
            DemoCommand.Create(context),
            AnalyzeCommand.Create(context),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?"))
        {
            context.Error.WriteLine($"depesche: {parsed.Errors[0].Message} (see 'depesche --help')");
            return (int)FailureKind.Usage;
        }
        if (OptionLikeWord(parsed) is { } word)
        {
            context.Error.WriteLine($"depesche: unknown option '{word}' for {parsed.CommandResult.Command.Name} (to mean the word, write it after '--')");
            return (int)FailureKind.Usage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (DepescheException e)
        {
            context.Error.WriteLine($"depesche: {e.Message}");
            return (int)e.Kind;
        }
        catch (IOException e) when (e is Lucene.Net.Index.CorruptIndexException || IsFailedChecksum(e))
        {
            // Damaged index files (a disk fault, a file edited by hand): the archive's own error, not a bug of ours.
            context.Error.WriteLine($"depesche: the archive is damaged ({e.Message}); ingest your files again into a new --data folder");
            return (int)FailureKind.Archive;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("depesche: cancelled");
            return 130;
        }
        catch (Exception e)
        {
            // A bug: the one case that shows a stack trace, so that it can be reported (README, exit code 1).
            context.Error.WriteLine($"depesche: internal error, please report it: {e}");
            return Bug;
        }
    }

    // Lucene.NET reports a file whose checksum does not match (any index file with a footer) as a plain IOException.
    private static bool IsFailedChecksum(IOException e) => e.Message.StartsWith("checksum failed", StringComparison.Ordinal);

    // A command's free words (a query, text, paths, an id) take anything, so a mistyped option (--limt 5) would be
    // searched for, analysed or read as a path: such a word (two dashes and a letter) is refused unless it comes
    // after "--", which ends the options as usual (search -- --limt). One dash is not an option: -Trump excludes.
    private static string? OptionLikeWord(ParseResult parsed)
    {
        var words = parsed.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>().SelectMany(r => r.Tokens).ToList();
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.DoubleDash) return null;
            if (token.Value is ['-', '-', var first, ..] && char.IsLetter(first) && words.Any(w => ReferenceEquals(w, token))) return token.Value;
        }
        return null;
    }
}
