using System.CommandLine;
using Depesche.Index;
using Depesche.Json;

namespace Depesche.Cli.Commands;

/// <summary><c>depesche stats</c>: size, sources, categories and the last ingest of an archive.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Describe the archive") { data, json };
        command.SetAction(parse => Run(context, DataFolder.Resolve(parse.GetValue(data)), parse.GetValue(json)));
        return command;
    }

    public static int Run(CliContext context, string dataFolder, bool json)
    {
        using var archive = Archive.Open(dataFolder);
        var stats = archive.Stats();
        if (json)
        {
            JsonStyle.Write(context.Out, stats);
            return Cli.Ok;
        }
        var o = context.Out;
        o.WriteLine($"archive:     {stats.DataFolder} (schema {stats.SchemaVersion})");
        o.WriteLine($"articles:    {stats.Articles:N0}");
        o.WriteLine($"index size:  {stats.IndexBytes / 1e6:0.0} MB");
        o.WriteLine($"last ingest: {(stats.LastIngest is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss 'UTC'") : "-")} ({stats.LastInput ?? "-"})");
        o.WriteLine($"sources ({stats.Sources.Count}):");
        foreach (var s in stats.Sources) o.WriteLine($"  {s.Value,-24} {s.Count,10:N0}");
        o.WriteLine($"categories ({stats.Categories.Count}):");
        foreach (var c in stats.Categories) o.WriteLine($"  {c.Value,-24} {c.Count,10:N0}");
        return Cli.Ok;
    }
}
