namespace Depesche.Search;

/// <summary>How the words of a query combine.</summary>
public enum MatchMode
{
    /// <summary>Every word must match (short queries).</summary>
    All,

    /// <summary>Any word may match, more matches rank higher (long questions, and the fallback when nothing has all words).</summary>
    Any,
}
