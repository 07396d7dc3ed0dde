namespace Depesche.Index;

/// <summary>What storing one article did.</summary>
public enum UpsertOutcome
{
    /// <summary>The id was new: the article was added.</summary>
    Added,

    /// <summary>The id was known with other content: the old version was replaced.</summary>
    Replaced,

    /// <summary>The id was known with the same content: nothing was written.</summary>
    Unchanged,
}
