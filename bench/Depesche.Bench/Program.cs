using Depesche.Bench;

// Benchmarks and side-by-side measurements; never run as tests. Usage:
//   dotnet run --project bench/Depesche.Bench -c Release -- stemmer-f1 [path-to-shared-data]
try
{
    return args switch
    {
        ["stemmer-f1"] => StemmerF1.Run(SharedData.FindDefault(), Console.Out),
        ["stemmer-f1", string data] => StemmerF1.Run(data, Console.Out),
        _ => Usage(),
    };
}
catch (BenchInputException e)
{
    Console.Error.WriteLine($"depesche-bench: {e.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Depesche.Bench stemmer-f1 [path-to-shared-data]");
    return 2;
}
