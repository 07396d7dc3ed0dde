using Depesche.Bench;

// Benchmarks and side-by-side measurements; never run as tests. Usage:
//   dotnet run --project bench/Depesche.Bench -c Release -- stemmer-f1 [path-to-shared-data]
//   dotnet run --project bench/Depesche.Bench -c Release -- ingest-stages CORPUS.jsonl
//   dotnet run --project bench/Depesche.Bench -c Release -- inversion CORPUS.jsonl [ARTICLES]
//   dotnet run --project bench/Depesche.Bench -c Release -- ingest-gc CORPUS.jsonl
//   dotnet run --project bench/Depesche.Bench -c Release -- search-cost DATA_FOLDER QUERIES.tsv [MAX]
//   dotnet run --project bench/Depesche.Bench -c Release -- doc-reads DATA_FOLDER [READS]
//   dotnet run --project bench/Depesche.Bench -c Release -- micro [BenchmarkDotNet options, e.g. --filter *]
try
{
    return args switch
    {
        ["stemmer-f1"] => StemmerF1.Run(SharedData.FindDefault(), Console.Out),
        ["stemmer-f1", string data] => StemmerF1.Run(data, Console.Out),
        ["ingest-stages", string corpus] => IngestStages.Run(corpus, Console.Out),
        ["inversion", string corpus] => InversionCost.Run(corpus, 20_000, Console.Out),
        ["inversion", string corpus, string max] => InversionCost.Run(corpus, int.Parse(max), Console.Out),
        ["ingest-gc", string corpus] => IngestGc.Run(corpus, Console.Out),
        ["search-cost", string data, string queries] => SearchCost.Run(data, queries, int.MaxValue, Console.Out),
        ["search-cost", string data, string queries, string max] => SearchCost.Run(data, queries, int.Parse(max), Console.Out),
        ["doc-reads", string data] => DocumentReads.Run(data, 20_000, Console.Out),
        ["doc-reads", string data, string reads] => DocumentReads.Run(data, int.Parse(reads), Console.Out),
        ["micro", .. var rest] => Micro(rest),
        _ => Usage(),
    };
}
catch (BenchInputException e)
{
    Console.Error.WriteLine($"depesche-bench: {e.Message}");
    return 2;
}

static int Micro(string[] options)
{
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(options.Length == 0 ? ["--filter", "*"] : options);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Depesche.Bench stemmer-f1 [path-to-shared-data] | ingest-stages CORPUS.jsonl | inversion CORPUS.jsonl [ARTICLES] | ingest-gc CORPUS.jsonl | search-cost DATA QUERIES.tsv [MAX] | doc-reads DATA [READS] | micro [options]");
    return 2;
}
