using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Depesche.Search;

/// <summary>
/// A highlighter's scorer that weighs each term by its rarity in the archive (as Lucene's QueryScorer does with a
/// reader), but takes each term's document frequency from the commit's <see cref="TermLookups"/> instead of looking
/// it up in every segment for every text it scores: ten hits' headlines and snippets had looked up every term of the
/// query twenty times.
/// </summary>
internal sealed class SharedTermWeights(Query query, IndexReader reader, string field) : QueryScorer(query, reader, field)
{
    protected override WeightedSpanTermExtractor NewTermExtractor(string defaultField) => new Extractor(defaultField);

    private sealed class Extractor(string defaultField) : WeightedSpanTermExtractor(defaultField)
    {
        public override IDictionary<string, WeightedSpanTerm> GetWeightedSpanTermsWithScores(Query query, TokenStream tokenStream, string? fieldName, IndexReader reader)
        {
            var terms = GetWeightedSpanTerms(query, tokenStream, fieldName);
            var lookups = TermLookups.For(reader);
            foreach (var term in terms.Values)
            {
                // Lucene's own formula (WeightedSpanTermExtractor), so marks and fragments stay as they were.
                int docFreq = lookups.DocFreq(new Term(fieldName, term.Term));
                term.Weight *= (float)(Math.Log(reader.MaxDoc / (double)(docFreq + 1)) + 1.0);
            }
            return terms;
        }
    }
}
