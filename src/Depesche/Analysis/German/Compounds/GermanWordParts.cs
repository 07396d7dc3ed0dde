namespace Depesche.Analysis.German.Compounds;

/// <summary>
/// The closed classes of German word formation the splitter needs besides the vocabulary: grammar, not a
/// dictionary. They keep derivations (Vorstand, Interaktion, Schwangerschaft, Sozialist) from being read
/// as compounds of a word-like fragment and a word.
/// </summary>
internal static class GermanWordParts
{
    /// <summary>
    /// Verb particles, prepositions and bound prefixes. A word starting with one is a derivation
    /// (Ausruf, Vorteil, Beispiel, Protest, Transport), so none is ever a compound's modifier.
    /// </summary>
    public static readonly HashSet<string> BoundPrefixes = new(StringComparer.Ordinal)
    {
        "ab", "an", "auf", "aus", "bei", "durch", "ein", "für", "gegen", "hinter", "mit", "nach", "neben", "ohne",
        "über", "um", "unter", "vor", "wider", "zu", "zwischen", "ver", "ent", "zer", "emp", "miss", "her", "hin",
        "dar", "ur", "un", "be", "ge", "er", "ant", "inter", "trans", "pro", "prä", "kon", "kom", "kor", "sub", "dis",
        "ex", "re", "de", "in",
    };

    /// <summary>
    /// Suffixes (and their inflected forms) that are also spelled like a word or a name: never a head
    /// (Buntheit is not bunt|heit, Rektorinnen not rektor|innen, ruhelos not ruhe|los).
    /// </summary>
    public static readonly HashSet<string> SuffixHeads = new(StringComparer.Ordinal)
    {
        "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ung", "ungen", "tät", "täten", "ität", "ion", "ionen",
        "ismus", "ismen", "chen", "lein", "ling", "linge", "nis", "nisse", "tum", "tums", "lich", "liche", "lichen",
        "licher", "isch", "ische", "ischen", "ischer", "nisch", "nischer", "nisches", "nischem", "sche", "scher", "schen", "cher", "innen", "erin", "erinnen",
        "los", "lose", "losen", "loser", "loses", "losem", "ing", "ings", "sten",
    };

    /// <summary>
    /// Endings after which German always puts a linking -s- (Regierungschef, Gesundheitsminister,
    /// Wirtschaftsminister): a modifier ending in one of them without the -s is a misreading (drehung|sachse).
    /// </summary>
    public static readonly string[] EndingsThatTakeS = ["ung", "heit", "keit", "schaft", "ion", "tät", "ling", "tum"];

    /// <summary>
    /// Modifier endings that mark a compound on their own, so the modifier need not be in the vocabulary
    /// (separierungs|prozess, dekompositions|analyse): the suffix and its linking element.
    /// </summary>
    public static readonly (string Ending, string Link)[] MarkedModifierEndings =
    [
        ("ungs", "s"), ("ions", "s"), ("täts", "s"), ("heits", "s"), ("keits", "s"), ("schafts", "s"), ("ings", "s"),
        ("ums", "s"), ("nis", ""),
    ];

    /// <summary>
    /// Derivational suffixes of nouns: a head the vocabulary does not know is still trusted when it is one of
    /// these on a known word (reiß|er → reißen, form|ung → form, kenner|in → kenner).
    /// </summary>
    public static readonly string[] NounSuffixes = ["erinnen", "erin", "erei", "ung", "ler", "ner", "er", "ei", "in", "chen", "lein"];

    /// <summary>Inflectional endings: a word that is a known word plus one of these is an inflected form of it.</summary>
    public static readonly string[] InflectionEndings = ["e", "en", "n", "s", "es", "er", "ern", "em"];

    /// <summary>Inflectional endings that never derive a new word (unlike -er: Fußball, Fußballer), longest first.</summary>
    public static readonly string[] BaseEndings = ["en", "em", "es", "e", "n", "s"];

    /// <summary>Endings a head is also seen with in the vocabulary (plural and genitive), counted towards its frequency.</summary>
    public static readonly string[] HeadEndings = ["n", "en", "e", "s", "es"];

    /// <summary>Whether <paramref name="word"/> ends with one of <paramref name="endings"/>.</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (string ending in endings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
