namespace Depesche.Ingest;

/// <summary>
/// Splits a text whose title and body were joined (the CSV <c>label;text</c> form) at its first sentence:
/// the sentence becomes the headline, the rest the body.
/// </summary>
internal static class LeadSentence
{
    /// <summary>The longest headline taken; a longer first sentence is cut at a word.</summary>
    public const int MaxHeadline = 200;

    // Words whose period does not end a sentence: "St. Martin", "Dr. Müller", "ca. 20".
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "abs", "art", "bd", "bzw", "ca", "dr", "etc", "evtl", "ggf", "hr", "fr", "inkl", "jh", "mio", "mrd",
        "nr", "prof", "sog", "st", "str", "tel", "usw", "vgl", "wr", "zb",
    };

    /// <summary>
    /// The headline and the body of <paramref name="text"/>; the body is the whole text when nothing
    /// follows the first sentence or no sentence ends early enough.
    /// </summary>
    public static (string Headline, string Body) Split(string text)
    {
        text = text.Trim();
        for (int i = 0; i < text.Length - 1 && i <= MaxHeadline; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?') || !char.IsWhiteSpace(text[i + 1])) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            string headline = text[..(c == '.' ? i : i + 1)].TrimEnd('.', ' ');
            string rest = text[(i + 1)..].Trim();
            if (headline.Length == 0) continue;
            return (headline, rest.Length > 0 ? rest : text);
        }
        return (Cut(text.TrimEnd('.')), text);
    }

    // The word before the period: an ordinal ("1. FC", "23. Mai"; a year like "2011." does end a sentence),
    // an initial ("J. Müller"), a listed abbreviation or one with inner periods ("z.B.", "u.a.").
    private static bool IsAbbreviation(string text, int period)
    {
        int start = period;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '„' or '«'))
            start--;
        string word = text[start..period].TrimEnd('.'); // "reißen.." ends a sentence like "reißen."
        if (word.Length == 0) return false;
        return word.Length == 1 || (word.Length <= 3 && word.All(char.IsAsciiDigit)) || word.Contains('.')
            || Abbreviations.Contains(word);
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxHeadline) return text;
        int space = text.LastIndexOf(' ', MaxHeadline);
        return (space > MaxHeadline / 2 ? text[..space] : text[..MaxHeadline]) + " …";
    }
}
