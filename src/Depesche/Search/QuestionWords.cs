namespace Depesche.Search;

/// <summary>
/// The scaffolding of a question typed in words ("Wann fand der Fall Costa/ENEL statt?", "Wie lautet der Name des
/// Forts?"): question words and the phrasing around them, which an answering article rarely uses (it states the
/// date, the number, the name). In a question of many words they are not searched, so that the words that say what
/// is asked decide. A query counts as a question when it holds a question word; "wie", "was", "wo" and "welche"
/// are stop words anyway, so they only mark the question.
/// </summary>
internal static class QuestionWords
{
    // Question words (the W-words; wie, was, wo and welch- are also stop words).
    private static readonly HashSet<string> Markers =
    [
        "wie", "was", "wer", "wem", "wen", "wessen", "wann", "wo", "warum", "wieso", "weshalb", "weswegen", "wozu", "wofür",
        "woher", "wohin", "womit", "wodurch", "woran", "worauf", "worin", "worüber", "wovon",
        "welche", "welcher", "welches", "welchem", "welchen",
    ];

    // What a question asks with rather than about: how many, what something is called.
    private static readonly HashSet<string> Phrasing =
    [
        "viel", "viele", "vielen", "vieler", "lautet", "lauten", "lautete", "lauteten", "heißt", "heißen", "hieß",
        "hießen", "nennt", "nennen", "nannte", "nannten", "genannt", "name", "namen",
    ];

    /// <summary>Whether <paramref name="word"/> (as typed) is a question word.</summary>
    public static bool IsMarker(string word) => Markers.Contains(word.ToLowerInvariant());

    /// <summary>Whether <paramref name="word"/> (as typed) is a question word or part of a question's phrasing.</summary>
    public static bool IsScaffolding(string word)
    {
        string lower = word.ToLowerInvariant();
        return Markers.Contains(lower) || Phrasing.Contains(lower);
    }
}
