using Depesche.Analysis.German;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace Depesche.Index;

/// <summary>The analyzer of each field of <see cref="Schema"/>: German text, exact, or keyword.</summary>
internal static class ArchiveAnalyzer
{
    /// <summary>The per-field analyzer for a German chain that stems with <paramref name="stemmer"/>.</summary>
    public static Analyzer Create(StemmerKind stemmer)
    {
        var german = new GermanTextAnalyzer(stemmer);
        var fields = new Dictionary<string, Analyzer>
        {
            [Schema.Title] = new GermanTextAnalyzer(stemmer, keepStopWords: true),
            [Schema.Body] = german,
            [Schema.Exact] = new ExactAnalyzer(),
        };
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }
}
