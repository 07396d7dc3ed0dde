using Depesche.Articles;
using Depesche.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// "Ähnliche Artikel": the articles whose words are most like an article's, by Lucene's MoreLikeThis over
/// the stemmed body field (the article's most distinctive words by tf·idf, searched with any-word BM25).
/// Other versions of the same story (same slug) are left out.
/// </summary>
internal static class RelatedArticles
{
    // A word must occur in at least one other article to say anything about likeness.
    private const int MinDocFreq = 2;
    private const int MaxQueryTerms = 25;

    /// <summary>The best <paramref name="count"/> matches for <paramref name="article"/> in <paramref name="searcher"/>.</summary>
    public static ScoreDoc[] Find(IndexSearcher searcher, Analyzer analyzer, Article article, int count)
    {
        var likeness = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzer,
            FieldNames = [Schema.Body],
            MinTermFreq = 1,
            MinDocFreq = MinDocFreq,
            MinWordLen = 3,
            MaxQueryTerms = MaxQueryTerms,
            ApplyBoost = true,
        };
        using var text = new StringReader(article.Headline + "\n" + article.Body);
        var like = likeness.Like(text, Schema.Body);
        if (like is BooleanQuery { Clauses.Count: 0 }) return [];
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(new Term(Schema.Slug, article.Slug)), Occur.MUST_NOT },
            { new TermQuery(new Term(Schema.Id, article.Id)), Occur.MUST_NOT },
        };
        return searcher.Search(query, count).ScoreDocs;
    }
}
