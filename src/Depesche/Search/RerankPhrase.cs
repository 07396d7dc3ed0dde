namespace Depesche.Search;

/// <summary>
/// A phrase that re-ranks the best hits (<see cref="ProximityRescorer"/>): its terms of one field at their positions
/// in the phrase, how far apart they may stand (<paramref name="Slop"/>, as Lucene's PhraseQuery counts it) and the
/// phrase's weight.
/// </summary>
internal sealed record RerankPhrase(string Field, IReadOnlyList<(string Term, int Position)> Terms, int Slop, float Boost);
