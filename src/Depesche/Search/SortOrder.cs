namespace Depesche.Search;

/// <summary>How results are ordered.</summary>
public enum SortOrder
{
    /// <summary>Best match first (BM25); newest first when the query has no words.</summary>
    Relevance,

    /// <summary>Newest first.</summary>
    Date,
}
