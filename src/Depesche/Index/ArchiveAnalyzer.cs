using Depesche.Analysis.German;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace Depesche.Index;

/// <summary>The analyzer of each field of <see cref="Schema"/>: German text, exact, or keyword.</summary>
internal static class ArchiveAnalyzer
{
    /// <summary>
    /// The per-field analyzer for a German chain that stems with <paramref name="stemmer"/>, its word-by-word caches
    /// holding up to <paramref name="cacheEntries"/> words per thread (the query-time size unless given).
    /// </summary>
    public static Analyzer Create(StemmerKind stemmer, int cacheEntries = CachedSteps.QueryEntries)
    {
        var german = new GermanTextAnalyzer(stemmer, keepStopWords: false, cacheEntries);
        var fields = new Dictionary<string, Analyzer>
        {
            [Schema.Title] = new GermanTextAnalyzer(stemmer, keepStopWords: true, cacheEntries),
            [Schema.Body] = german,
            [Schema.Exact] = new ExactAnalyzer(),
        };
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }
}
