using Depesche.Index;

namespace Depesche.Search;

/// <summary>
/// The knobs of ranking and matching, in one place so that <c>depesche eval</c> measures what
/// <c>depesche search</c> does. Values chosen on the dev sets (docs/benchmarks.md).
/// </summary>
public sealed record Ranking
{
    /// <summary>The defaults used by search, the web and eval.</summary>
    public static Ranking Default { get; } = new();

    /// <summary>Extra weight of a headline match (the body field already counts headline words twice).</summary>
    public float TitleBoost { get; init; } = 0.3f;

    /// <summary>Weight of a match of the exact (unfolded, unstemmed) spelling.</summary>
    public float ExactBoost { get; init; } = 1.3f;

    /// <summary>
    /// Weight of a match of another transliteration of a name (Selenskyj for Zelensky, see
    /// <see cref="Analysis.German.NameKey"/>); 0 turns name variants off. Below every spelling match, so the
    /// typed spelling ranks first.
    /// </summary>
    public float NameVariantBoost { get; init; } = 0.5f;

    /// <summary>Queries with at most this many searchable words (stop words do not count) need all of them; longer ones match any.</summary>
    public int AllWordsUpTo { get; init; } = 3;

    /// <summary>Weight of a compound that contains the query word (<c>Minister</c> → <c>Verteidigungsminister</c>).</summary>
    public float CompoundPartBoost { get; init; } = 0.3f;

    /// <summary>Weight of a compound query word's parts written apart (<c>Minister für Verteidigung</c>).</summary>
    public float PartsApartBoost { get; init; } = 0.5f;

    /// <summary>Weight of the query's words standing close together (a sloppy phrase); 0 turns it off.</summary>
    public float ProximityBoost { get; init; } = 0.5f;

    /// <summary>
    /// Weight of a headline that holds all the query's words in the order typed, stop words included (a headline
    /// typed from memory, or part of one: "Weg frei für"), scored for the best hits only (ProximityRescorer); 0 turns it off.
    /// </summary>
    public float HeadlinePhraseBoost { get; init; } = 1f;

    /// <summary>How far apart the words may stand for <see cref="ProximityBoost"/> (positions moved).</summary>
    public int ProximitySlop { get; init; } = 6;

    /// <summary>Weight of the query's words standing within <see cref="CloseWordsWindow"/> positions of each other (<see cref="CloseWords"/>); 0 turns it off.</summary>
    public float CloseWordsBoost { get; init; } = 3f;

    /// <summary>The width of the window <see cref="CloseWordsBoost"/> looks through (body positions, stop words counted).</summary>
    public int CloseWordsWindow { get; init; } = 12;

    /// <summary>
    /// Weight of a question's words held by the best hits in a form of the same family (<see cref="WordFamilies"/>),
    /// as a share of the best hit's score; 0 turns it off.
    /// </summary>
    public float WordFamilyBoost { get; init; } = 0.8f;

    /// <summary>
    /// Weight of the archive's words of the same family (<see cref="WordFamilies"/>) as a word of a query of any words
    /// that no article holds; 0 turns it off.
    /// </summary>
    public float UnknownWordFamilyBoost { get; init; } = 0.5f;

    /// <summary>BM25 term-frequency saturation, for queries that need all their words.</summary>
    public float K1 { get; init; } = IndexSettings.Bm25K1;

    /// <summary>BM25 length normalisation, for queries that need all their words.</summary>
    public float B { get; init; } = IndexSettings.Bm25B;

    /// <summary>
    /// BM25 term-frequency saturation for queries of any words (questions, long queries): chosen on
    /// retrieval-xquad-de with the word families (docs/benchmarks.md).
    /// </summary>
    public float AnyK1 { get; init; } = 0.9f;

    /// <summary>
    /// BM25 length normalisation for queries of any words: more than for keyword searches, since a question's answer
    /// is a passage, and a long report holds a question's words by the way (retrieval-xquad-de, docs/benchmarks.md).
    /// </summary>
    public float AnyB { get; init; } = 0.6f;

    /// <summary>In <see cref="MatchMode.Any"/>, this share of the words must match (0 = any one word).</summary>
    public float AnyMinimumShare { get; init; }
}
