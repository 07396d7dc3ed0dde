using System.Text.Json;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Shows_each_token_with_its_offsets_and_the_steps_that_made_it()
    {
        var run = CliRun.Of("analyze", "--json", "Der Außenminister schreibt eine E-Mail");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var tokens = doc.RootElement.GetProperty("tokens").EnumerateArray().ToList();
        var minister = tokens.Single(t => t.GetProperty("start").GetInt32() == 4);
        Assert.Equal("aussenminist", minister.GetProperty("term").GetString());
        Assert.Equal(17, minister.GetProperty("end").GetInt32());
        var steps = minister.GetProperty("steps").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Contains(steps, s => s.StartsWith("folding: außenminister → aussenminister", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.StartsWith("stemming:", StringComparison.Ordinal));
        Assert.Contains(tokens, t => t.GetProperty("steps").EnumerateArray().Any(s => s.GetString() == "stopwords: dropped der"));
        Assert.Contains(tokens, t => t.GetProperty("term").GetString() == "email");
    }

    [Fact]
    public void With_query_it_shows_the_clauses_and_the_match_mode()
    {
        var run = CliRun.Of("analyze", "--query", "Weissrussland \"Li Shangfu\" -Sport");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("match: all words", run.Out);
        Assert.Contains("clause at 14: phrase 'Li Shangfu'", run.Out);
        Assert.Contains("-(body:sport", run.Out);
    }
}
