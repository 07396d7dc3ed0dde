namespace Depesche.Search;

/// <summary>What one clause of a user's query asks for.</summary>
public enum ClauseKind
{
    /// <summary>A word, matched in headline and body through the German chain.</summary>
    Word,

    /// <summary>A quoted phrase: its words next to each other.</summary>
    Phrase,

    /// <summary>A word ending in <c>*</c>: every word that starts with it.</summary>
    Prefix,

    /// <summary><c>source:</c> with a label: a filter.</summary>
    Source,

    /// <summary><c>category:</c> with a label: a filter.</summary>
    Category,
}
