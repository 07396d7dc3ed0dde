using Depesche.Cli;

namespace Depesche.Web.Tests.TestSupport;

/// <summary>Runs the <c>depesche</c> command line in-process, to compare the API with what the CLI prints.</summary>
public static class CliOutput
{
    /// <summary>Standard output of <c>depesche ARGS</c>, which must succeed.</summary>
    public static string Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = global::Depesche.Cli.Cli.Run(args, new CliContext(output, error, new FixedClock(TestArchive.Now), Interactive: false));
        Assert.True(code == 0, $"depesche {string.Join(' ', args)}: exit {code}: {error}");
        return output.ToString();
    }
}
