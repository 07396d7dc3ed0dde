using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Depesche.Search;

/// <summary>
/// A highlighter's scorer that weighs each term by its rarity in the archive (as Lucene's QueryScorer does with a
/// reader), but looks each term's document frequency up once for all the texts it scores, not once per text:
/// ten hits' headlines and snippets had looked up every term of the query twenty times.
/// </summary>
internal sealed class SharedTermWeights : QueryScorer
{
    private readonly Dictionary<(string Field, string Term), float> _idf;

    /// <summary>A scorer of <paramref name="query"/> in <paramref name="field"/>; scorers that share <paramref name="idf"/> share the look-ups.</summary>
    public SharedTermWeights(Query query, IndexReader reader, string field, Dictionary<(string Field, string Term), float> idf)
        : base(query, reader, field) => _idf = idf;

    protected override WeightedSpanTermExtractor NewTermExtractor(string defaultField) => new Extractor(defaultField, _idf);

    private sealed class Extractor(string defaultField, Dictionary<(string Field, string Term), float> idf) : WeightedSpanTermExtractor(defaultField)
    {
        public override IDictionary<string, WeightedSpanTerm> GetWeightedSpanTermsWithScores(Query query, TokenStream tokenStream, string? fieldName, IndexReader reader)
        {
            var terms = GetWeightedSpanTerms(query, tokenStream, fieldName);
            foreach (var term in terms.Values)
            {
                var key = (fieldName ?? "", term.Term);
                if (!idf.TryGetValue(key, out float weight))
                {
                    // Lucene's own formula (WeightedSpanTermExtractor), so marks and fragments stay as they were.
                    int docFreq = TermLookups.For(reader).DocFreq(new Term(fieldName, term.Term));
                    weight = (float)(Math.Log(reader.MaxDoc / (double)(docFreq + 1)) + 1.0);
                    idf[key] = weight;
                }
                term.Weight *= weight;
            }
            return terms;
        }
    }
}
