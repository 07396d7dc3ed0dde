using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Depesche.Search;

/// <summary>
/// A query that checks a <see cref="SearchDeadline"/> before each of its scorers is built and throws
/// <see cref="SearchDeadline.PassedException"/> once it has passed; it matches and scores exactly as the query it wraps.
/// A collector can only stop a search at a hit, and a hostile query of 256 phrases spent about a quarter of a second
/// in each large segment building its scorers before the first hit (docs/reliability.md, session 15): wrapping each
/// top-level clause (<see cref="Wrap"/>) stops that within one clause's scorer.
/// </summary>
internal sealed class DeadlineQuery : Query
{
    private readonly Query _inner;
    private readonly SearchDeadline _deadline;

    private DeadlineQuery(Query inner, SearchDeadline deadline)
    {
        _inner = inner;
        _deadline = deadline;
    }

    /// <summary>
    /// <paramref name="query"/> with the deadline checked before each top-level clause's scorer (or before the query's
    /// own, when it is not a <see cref="BooleanQuery"/>).
    /// </summary>
    public static Query Wrap(Query query, SearchDeadline deadline)
    {
        if (query is not BooleanQuery boolean) return new DeadlineQuery(query, deadline);
        var wrapped = new BooleanQuery(boolean.CoordDisabled)
        {
            MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch,
            Boost = boolean.Boost,
        };
        foreach (var clause in boolean.Clauses) wrapped.Add(new DeadlineQuery(clause.Query, deadline), clause.Occur);
        return wrapped;
    }

    /// <inheritdoc />
    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = _inner.Rewrite(reader);
        return ReferenceEquals(rewritten, _inner) ? this : new DeadlineQuery(rewritten, _deadline);
    }

    /// <inheritdoc />
    public override Weight CreateWeight(IndexSearcher searcher) => new DeadlineWeight(this, _inner.CreateWeight(searcher));

    /// <inheritdoc />
    public override void ExtractTerms(ISet<Term> terms) => _inner.ExtractTerms(terms);

    /// <inheritdoc />
    public override string ToString(string field) => _inner.ToString(field);

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is DeadlineQuery other && ReferenceEquals(other._deadline, _deadline) && other._inner.Equals(_inner) && other.Boost == Boost;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_inner, _deadline, Boost);

    private sealed class DeadlineWeight(DeadlineQuery query, Weight inner) : Weight
    {
        public override Query Query => query;

        public override bool ScoresDocsOutOfOrder => inner.ScoresDocsOutOfOrder;

        // The wrapper's own boost (Lucene moves a one-clause BooleanQuery's boost onto its clause when it rewrites it)
        // applies as a BooleanQuery applies its boost to its clauses.
        public override float GetValueForNormalization() => inner.GetValueForNormalization() * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => inner.Normalize(norm, topLevelBoost * query.Boost);

        public override Explanation Explain(AtomicReaderContext context, int doc) => inner.Explain(context, doc);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            query._deadline.ThrowIfPassed();
            return inner.GetScorer(context, acceptDocs);
        }

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits? acceptDocs)
        {
            query._deadline.ThrowIfPassed();
            return inner.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);
        }
    }
}
