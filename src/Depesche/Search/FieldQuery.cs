using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// The part of a query that can mark words in one field. The highlighter only marks terms of the field it
/// highlights, but it still walks every clause, and a phrase of another field (the headline phrase) made it
/// index the whole text in memory for nothing: the largest cost of a search with snippets.
/// </summary>
internal static class FieldQuery
{
    /// <summary>The clauses of <paramref name="query"/> on <paramref name="field"/> (never the excluded ones), or null when none is.</summary>
    public static Query? Only(Query query, string field)
    {
        switch (query)
        {
            case TermQuery term:
                return term.Term.Field == field ? term : null;
            case PhraseQuery phrase:
                return phrase.GetTerms() is { Length: > 0 } terms && terms.All(t => t.Field == field) ? phrase : null;
            case MultiTermQuery multi:
                return multi.Field == field ? multi : null;
            case ConstantScoreQuery or MatchAllDocsQuery:
                return null;
            case BooleanQuery boolean:
                var kept = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost };
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT && Only(clause.Query, field) is { } part)
                        kept.Add(part, clause.Occur == Occur.MUST ? Occur.MUST : Occur.SHOULD);
                return kept.Clauses.Count > 0 ? kept : null;
            default:
                return query;
        }
    }
}
