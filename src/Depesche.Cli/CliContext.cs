namespace Depesche.Cli;

/// <summary>What a command writes to and reads the time from; tests pass their own.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock, bool Interactive)
{
    /// <summary>Stops long-running commands (<c>serve</c>) besides Ctrl+C; tests cancel it.</summary>
    public CancellationToken Stop { get; init; }

    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, TimeProvider.System, !Console.IsErrorRedirected && !Console.IsOutputRedirected);
}
