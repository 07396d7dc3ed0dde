namespace Depesche.Analysis.German.Compounds;

/// <summary>One way to read a modifier's surface: the word it comes from and the link between them.</summary>
/// <param name="Lemma">The word the modifier is a form of (verteidigung, huhn, schule).</param>
/// <param name="Link">DEKOR's notation: "" none, "+s" added, "+=er" umlaut and added, "-e" dropped.</param>
internal readonly record struct ModifierReading(string Lemma, string Link);

/// <summary>
/// The linking elements German puts between a compound's parts, read backwards from the modifier's
/// surface: verteidigungs → verteidigung +s, hühner → huhn +=er, schul → schule -e. In the DEKOR training
/// data a third of modifiers carry +s, a tenth +n, then +en, -e, +e, +es, +er, +=er, +=e, +ns, +=, +ens.
/// </summary>
internal static class LinkingElements
{
    // Longest first within a family does not matter: every reading is tried and the vocabulary decides.
    private static readonly string[] Added = ["s", "es", "n", "en", "er", "e", "ens", "ns"];

    /// <summary>
    /// Every reading of <paramref name="surface"/>, the surface itself first. A dropped -e is restored on
    /// three-letter surfaces only when the restored word is common (erd → erde, not lac → lace).
    /// </summary>
    public static List<ModifierReading> Readings(string surface, Vocabulary vocabulary, int shortWordFrequency)
    {
        var readings = new List<ModifierReading>(12) { new(surface, "") };
        foreach (string link in Added)
        {
            if (!surface.EndsWith(link, StringComparison.Ordinal) || surface.Length - link.Length < 3) continue;
            string stem = surface[..^link.Length];
            readings.Add(new ModifierReading(stem, "+" + link));
            if (link is "er" or "e" && WithoutUmlaut(stem) is { Length: >= 4 } plain)
                readings.Add(new ModifierReading(plain, "+=" + link));
        }
        if (WithoutUmlaut(surface) is { Length: >= 4 } bare) readings.Add(new ModifierReading(bare, "+="));
        if (!surface.EndsWith('e'))
        {
            string restored = surface + "e";
            if (surface.Length >= 4 || (surface.Length == 3 && vocabulary.Frequency(restored) >= shortWordFrequency))
                readings.Add(new ModifierReading(restored, "-e"));
        }
        return readings;
    }

    /// <summary>The word with its last umlaut undone (hühn → huhn, häus → haus), or null when it has none.</summary>
    public static string? WithoutUmlaut(string word)
    {
        int at = word.AsSpan().LastIndexOfAny('ä', 'ö', 'ü');
        if (at < 0) return null;
        char plain = word[at] switch { 'ä' => 'a', 'ö' => 'o', _ => 'u' };
        return string.Create(word.Length, (word, at, plain), static (span, s) =>
        {
            s.word.AsSpan().CopyTo(span);
            span[s.at] = s.plain;
        });
    }
}
