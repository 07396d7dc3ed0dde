using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Depesche.Cli;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Cli;

/// <summary><c>depesche serve</c> as a user starts it: it prints where it listens, answers there, and stops cleanly.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Serve_prints_its_address_answers_there_and_stops_when_asked()
    {
        var seed = SharedData.PathOf("seed/000_03ff23e65ee66c62.txt");
        Assert.Equal(0, CliRun.Of("ingest", "--data", _data.Path, seed).ExitCode);
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var context = new CliContext(TextWriter.Synchronized(output), TextWriter.Synchronized(new StringWriter()), TimeProvider.System, false)
        {
            Stop = stop.Token,
        };
        var serving = Task.Run(() => global::Depesche.Cli.Cli.Run(["serve", "--data", _data.Path, "--urls", "http://127.0.0.1:0"], context));

        var clock = Stopwatch.StartNew();
        Match address;
        while (!(address = Regex.Match(output.ToString(), @"serving (http://127\.0\.0\.1:\d+)")).Success && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            Assert.False(serving.IsCompleted, output.ToString());
            await Task.Delay(50);
        }
        Assert.True(address.Success, output.ToString());
        Assert.Contains("writes disabled", output.ToString());

        using (var client = new HttpClient())
        using (var health = JsonDocument.Parse(await client.GetStringAsync(address.Groups[1].Value + "/api/health")))
            Assert.Equal(1, health.RootElement.GetProperty("articles").GetInt32());

        stop.Cancel();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:0", null, null)]
    [InlineData("http://0.0.0.0:0", null, "warning: listening beyond this machine without an API key")]
    [InlineData("http://0.0.0.0:0", "ein-langer-geheimer-schluessel", "warning: listening beyond this machine with writes on")]
    public async Task Listening_beyond_this_machine_prints_a_warning(string urls, string? apiKey, string? warning)
    {
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(TextWriter.Synchronized(output), TextWriter.Synchronized(error), TimeProvider.System, false) { Stop = stop.Token };
        string[] args = ["serve", "--data", _data.Path, "--urls", urls, .. apiKey is null ? Array.Empty<string>() : ["--api-key", apiKey]];
        var serving = Task.Run(() => global::Depesche.Cli.Cli.Run(args, context));
        var clock = Stopwatch.StartNew();
        while (!output.ToString().Contains("serving ") && !serving.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(50);
        stop.Cancel();

        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(20)));
        if (warning is null) Assert.DoesNotContain("warning", error.ToString());
        else Assert.Contains(warning, error.ToString());
    }

    [Theory]
    [InlineData("--api-key", "kurz", "at least 16 characters")]
    [InlineData("--urls", "kein-ort", "cannot listen on kein-ort")]
    [InlineData("--urls", "http://localhost:0", "cannot listen on http://localhost:0")]
    public void A_bad_option_stops_serve_with_exit_2_and_a_message(string option, string value, string message)
    {
        var run = CliRun.Of("serve", "--data", _data.Path, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    public void Dispose() => _data.Dispose();
}
