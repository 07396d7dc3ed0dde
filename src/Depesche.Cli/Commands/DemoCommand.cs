using System.CommandLine;
using Depesche.Index;
using Depesche.Search;
using Depesche.Web;

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
        var noServe = new Option<bool>("--no-serve") { Description = "Run example searches and stop instead of serving the web interface" };
        var urls = CommonOptions.Urls();
        var command = new Command("demo", "Ingest the bundled samples and serve them (or, with --no-serve, show some searches)")
        {
            data, samples, noServe, urls,
        };
        command.SetAction(async (parse, cancel) =>
        {
            string folder = Path.GetFullPath(parse.GetValue(data) ?? Path.Combine(Path.GetTempPath(), "depesche-demo"));
            string sampleFolder = parse.GetValue(samples) ?? FindSamples();
            int code = Ingest(context, folder, sampleFolder, cancel);
            if (code != Cli.Ok) return code;
            if (parse.GetValue(noServe)) return Searches(context, folder);
            return await ServeCommand.Run(context, new ServeOptions { DataFolder = folder, Urls = parse.GetValue(urls)!, Clock = context.Clock },
                cancel, "/suche?q=Weissrussland");
        });
        return command;
    }

    private static int Ingest(CliContext context, string dataFolder, string sampleFolder, CancellationToken cancel)
    {
        if (Directory.Exists(DataFolder.IndexPath(dataFolder))) Directory.Delete(DataFolder.IndexPath(dataFolder), recursive: true);
        context.Out.WriteLine($"== depesche ingest --data {dataFolder} {sampleFolder}");
        int code = IngestCommand.Run(context, new IngestArguments(dataFolder, [sampleFolder], null, null, false), cancel);
        return code is (int)FailureKind.InputRejected ? Cli.Ok : code;
    }

    private static int Searches(CliContext context, string dataFolder)
    {
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
