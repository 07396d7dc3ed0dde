using BenchmarkDotNet.Attributes;
using Depesche.Analysis.German;
using Depesche.Articles;
using Depesche.Ingest;
using Lucene.Net.Analysis;

namespace Depesche.Bench;

/// <summary>
/// Micro-benchmarks of the German chain and the seed reader on the project's samples (`micro` command):
/// the one document pass, the query-time analyzer, and reading seed files.
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private List<Article> _articles = [];
    private List<string> _seedFiles = [];
    private DocumentChain _chain = null!;
    private readonly Analyzer _german = new GermanTextAnalyzer();

    [GlobalSetup]
    public void Setup()
    {
        _seedFiles = SampleFiles();
        _articles = SampleArticles(DateTimeOffset.UtcNow);
        _chain = new DocumentChain(Stemming.Default);
    }

    /// <summary>The project's sample articles (samples/*.txt), as ingest stores them.</summary>
    internal static List<Article> SampleArticles(DateTimeOffset now) =>
        InputDiscovery.ReadAll(SampleFiles(), new ReaderOptions()).Where(i => i.Draft is not null)
            .Select(i => ArticleFactory.Create(i.Draft!, now)).ToList();

    private static List<string> SampleFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot(), "samples"), "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>Headline and body of every sample through the one indexing pass.</summary>
    [Benchmark]
    public int DocumentPass()
    {
        int n = 0;
        foreach (var a in _articles)
        {
            _chain.Analyse(a.Headline, a.Body);
            n++;
        }
        return n;
    }

    /// <summary>Every sample's body through the analyzer queries use.</summary>
    [Benchmark]
    public int QueryAnalyzer()
    {
        int n = 0;
        foreach (var a in _articles) n += TokenDump.Analyze(_german, "body", a.Body).Count;
        return n;
    }

    /// <summary>Every sample file read and parsed by the seed reader.</summary>
    [Benchmark]
    public int ReadSeedFiles() => InputDiscovery.ReadAll(_seedFiles, new ReaderOptions()).Count(i => i.Draft is not null);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Depesche.sln"))) return dir.FullName;
        throw new BenchInputException("no folder with Depesche.sln above the binaries");
    }
}
