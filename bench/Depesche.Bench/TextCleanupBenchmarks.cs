using BenchmarkDotNet.Attributes;
using Depesche.Articles;
using Depesche.Ingest;

namespace Depesche.Bench;

/// <summary>
/// Micro-benchmarks of the clean-up every ingested article goes through before analysis (`micro` command): white space
/// folded (<see cref="Whitespace.Collapse"/>) on clean text and on text with runs of spaces, as half the scale corpus's
/// bodies have, and a one-line body split into paragraphs (<see cref="BodyText.Paragraphs"/>).
/// </summary>
[MemoryDiagnoser]
public class TextCleanupBenchmarks
{
    private string[] _clean = [];
    private string[] _spaced = [];

    [GlobalSetup]
    public void Setup()
    {
        var now = DateTimeOffset.UtcNow;
        _clean = AnalysisBenchmarks.SampleArticles(now).Select(a => string.Join(' ', a.Paragraphs)).ToArray();
        _spaced = _clean.Select(b => b.Replace(". ", ".  ", StringComparison.Ordinal)).ToArray();
    }

    /// <summary>Every sample body as one clean line.</summary>
    [Benchmark]
    public int CollapseClean() => _clean.Sum(b => Whitespace.Collapse(b).Length);

    /// <summary>The same bodies with two spaces after every full stop.</summary>
    [Benchmark]
    public int CollapseDoubleSpaces() => _spaced.Sum(b => Whitespace.Collapse(b).Length);

    /// <summary>The same bodies split into paragraphs (one each: no line breaks).</summary>
    [Benchmark]
    public int ParagraphsOfOneLine() => _clean.Sum(b => BodyText.Paragraphs(b).Count);
}
