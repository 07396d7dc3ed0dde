using Depesche.Cli;

namespace Depesche.Tests.TestSupport;

/// <summary>Runs the <c>depesche</c> command line in-process and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = global::Depesche.Cli.Cli.Run(args, new CliContext(output, error, new FixedClock(Now), Interactive: false));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
