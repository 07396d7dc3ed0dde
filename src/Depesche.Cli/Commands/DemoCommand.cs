using System.CommandLine;
using Depesche.Index;
using Depesche.Search;

namespace Depesche.Cli.Commands;

/// <summary><c>depesche demo</c>: ingests the bundled samples into a fresh data folder and runs searches that show the German handling.</summary>
internal static class DemoCommand
{
    // Each shows one thing the German analysis does: ß/ss and ASCII spellings, transliterated names,
    // compound parts, hyphens, old orthography, phrases, filters with prefixes.
    private static readonly string[] Queries =
    [
        "Weissrussland",
        "Lukashenko",
        "Kharkiv",
        "Käfig",
        "Coronakrise",
        "Schiffahrt",
        "\"Minister für Verteidigung\"",
        "category:wirtschaft Energie*",
    ];

    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "Data folder for the demo archive (emptied first)", HelpName = "DIR" };
        var samples = new Option<string?>("--samples") { Description = "Folder of sample articles (default: samples/ of the repository)", HelpName = "DIR" };
        var command = new Command("demo", "Ingest the bundled samples and show some searches") { data, samples };
        command.SetAction((parse, cancel) =>
        {
            string folder = Path.GetFullPath(parse.GetValue(data) ?? Path.Combine(Path.GetTempPath(), "depesche-demo"));
            string sampleFolder = parse.GetValue(samples) ?? FindSamples();
            return Task.FromResult(Run(context, folder, sampleFolder, cancel));
        });
        return command;
    }

    public static int Run(CliContext context, string dataFolder, string sampleFolder, CancellationToken cancel)
    {
        if (Directory.Exists(DataFolder.IndexPath(dataFolder))) Directory.Delete(DataFolder.IndexPath(dataFolder), recursive: true);
        context.Out.WriteLine($"== depesche ingest --data {dataFolder} {sampleFolder}");
        int code = IngestCommand.Run(context, new IngestArguments(dataFolder, [sampleFolder], null, null, false), cancel);
        if (code is not (Cli.Ok or (int)FailureKind.InputRejected)) return code;
        foreach (string query in Queries)
        {
            context.Out.WriteLine();
            context.Out.WriteLine($"== depesche search --limit 3 '{query}'");
            SearchCommand.Run(context, dataFolder, new SearchRequest { Query = query, Limit = 3 }, json: false);
        }
        context.Out.WriteLine();
        context.Out.WriteLine($"Try it yourself: ./depesche search --data {dataFolder} 'Verteidigung'");
        return Cli.Ok;
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(dir.FullName, "Depesche.sln")) && Directory.Exists(candidate)) return candidate;
        }
        string here = Path.Combine(Environment.CurrentDirectory, "samples");
        if (Directory.Exists(here)) return here;
        throw new DepescheException(FailureKind.Usage, "cannot find the samples folder; pass --samples DIR");
    }
}
