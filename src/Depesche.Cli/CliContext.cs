namespace Depesche.Cli;

/// <summary>What a command writes to and reads the time from; tests pass their own.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock, bool Interactive)
{
    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, TimeProvider.System, !Console.IsErrorRedirected && !Console.IsOutputRedirected);
}
