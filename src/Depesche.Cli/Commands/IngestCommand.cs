using System.CommandLine;
using Depesche.Cli.Output;
using Depesche.Index;
using Depesche.Ingest;
using Depesche.Json;

namespace Depesche.Cli.Commands;

/// <summary><c>depesche ingest [--data DIR] PATH...</c>: reads files, folders and feed URLs into the archive.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var format = new Option<string?>("--format") { Description = "Force a reader: seed, jsonl, csv, feed or html", HelpName = "FORMAT" };
        var source = new Option<string?>("--source") { Description = "Source label for inputs without one (CSV label;text)", HelpName = "NAME" };
        var commitEvery = new Option<int>("--commit-every") { Description = "Commit after this many articles", DefaultValueFactory = _ => 50_000 };
        var wait = new Option<double>("--wait") { Description = "Seconds to wait for another writer to finish", DefaultValueFactory = _ => 30 };
        var threads = new Option<int>("--threads") { Description = "Analysis threads", DefaultValueFactory = _ => Environment.ProcessorCount };
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders or http(s) feed URLs", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Add articles from files, folders and feeds to the archive")
        {
            data, json, format, source, commitEvery, wait, threads, paths,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, new IngestArguments(
            DataFolder.Resolve(parse.GetValue(data)), parse.GetValue(paths)!, parse.GetValue(format), parse.GetValue(source),
            parse.GetValue(json), parse.GetValue(commitEvery), parse.GetValue(wait), parse.GetValue(threads)), cancel)));
        return command;
    }

    public static int Run(CliContext context, IngestArguments args, CancellationToken cancel)
    {
        var options = new IngestOptions { CommitEvery = args.CommitEvery, Threads = args.Threads };
        options.Validate();
        if (args.Wait < 0) throw new DepescheException(FailureKind.Usage, $"--wait must not be negative, not {args.Wait}");
        var read = new ByteCounter();
        var readerOptions = new ReaderOptions { DefaultSource = args.Source, Counter = read };
        IEnumerable<ReadItem> items;
        try
        {
            items = InputDiscovery.ReadAll(args.Paths, readerOptions, args.Format);
        }
        catch (ArgumentException e)
        {
            throw new DepescheException(FailureKind.Usage, e.Message, e);
        }

        var rejections = new List<object>();
        var reporter = new IngestReporter(context, context.Interactive ? InputSize.Of(args.Paths) : 0, read);
        using var writer = ArchiveWriter.Open(args.DataFolder, TimeSpan.FromSeconds(args.Wait), context.Clock);
        var ingester = new Ingester(writer, options, reporter.Progress, item =>
        {
            reporter.Rejected(item);
            lock (rejections)
                if (rejections.Count < 10_000) rejections.Add(new { Place = item.Place, Reason = item.Rejection });
        });
        IngestProgress result;
        try
        {
            result = ingester.Run(items, cancel);
        }
        finally
        {
            reporter.Finish();
        }

        if (args.Json)
        {
            JsonStyle.Write(context.Out, new
            {
                DataFolder = args.DataFolder,
                result.Read, result.Added, result.Replaced, result.Unchanged, result.Rejected,
                Seconds = Math.Round(result.Elapsed.TotalSeconds, 3),
                result.Bytes,
                ArticlesPerSecond = Math.Round(result.ArticlesPerSecond, 1),
                MegabytesPerSecond = Math.Round(result.MegabytesPerSecond, 2),
                result.Commits,
                result.Committed,
                LastCommittedInput = result.LastCommittedInput,
                Cancelled = cancel.IsCancellationRequested,
                Rejections = rejections,
            });
        }
        else
        {
            context.Out.WriteLine($"{IngestReporter.Counts(result)} in {result.Elapsed.TotalSeconds:0.0} s " +
                $"({result.ArticlesPerSecond:N0} articles/s, {result.MegabytesPerSecond:0.0} MB/s); archive: {args.DataFolder}");
        }
        if (cancel.IsCancellationRequested) return 130;
        return result.Rejected > 0 ? (int)FailureKind.InputRejected : Cli.Ok;
    }
}

/// <summary>The parsed arguments of <c>depesche ingest</c>.</summary>
internal sealed record IngestArguments(string DataFolder, IReadOnlyList<string> Paths, string? Format, string? Source,
    bool Json, int CommitEvery = 50_000, double Wait = 30, int Threads = 2);
