using System.Collections.Concurrent;
using static Depesche.Analysis.German.Compounds.GermanWordParts;

namespace Depesche.Analysis.German.Compounds;

/// <summary>
/// Splits German compounds into modifier and head with what an archive's vocabulary knows: every cut
/// leaving two parts of three letters or more is tried, the modifier read through the linking elements
/// (<see cref="LinkingElements"/>), and the cut whose parts have the best evidence wins. Words that are not
/// compounds stay whole. Thread-safe; results are cached, so calling it for every word of an archive is cheap.
/// </summary>
public sealed class CompoundSplitter
{
    private const int MinPart = 3;

    // A three-letter part is trusted only when it is this common: tag, rat, amt, öl are; pat, lac, ger are not.
    private const int ShortWordFrequency = 20;

    // Modifiers may themselves be compounds (bundesverteidigungs), two levels deep.
    private const int MaxModifierDepth = 2;

    // Among cuts of equal evidence the longest head wins (netzwerk over werk, tatbestand over bestand),
    // unless a shorter head's parts are this many times more frequent (wechselkurs|entwicklung, not
    // wechsel|kursentwicklung).
    private const double ClearlyStronger = 10;

    // A modifier the vocabulary does not know: its head must be this common and the archive must use it as
    // a head in at least this many other words, and at least this many words must end like the modifier.
    private const int UnknownModifierHeadFrequency = 5;
    private const int UnknownModifierHeadUses = 2;
    private const int UnknownModifierWordsEndingLike = 3;

    // A head the vocabulary does not know needs a modifier known this well and a known stem of this frequency.
    private const int UnknownHeadModifierFrequency = 10;
    private const int UnknownHeadStemFrequency = 3;
    private const int UnknownHeadMinLength = 6;

    // Both parts of a head joined by -s- must be this common before the head moves to its last part.
    private const int LinkedHeadPartFrequency = 10;

    private const int MaxCached = 1_000_000;

    private static readonly HashSet<string> Stop = BuildStopWords();

    private readonly Vocabulary _vocabulary;
    private readonly Lazy<WordEndings> _endings;
    private readonly ConcurrentDictionary<string, CompoundSplit?> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _headUses = new(StringComparer.Ordinal);

    /// <summary>A splitter that knows the words of <paramref name="vocabulary"/>.</summary>
    public CompoundSplitter(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _endings = new Lazy<WordEndings>(() => new WordEndings(vocabulary.Words));
    }

    /// <summary>
    /// <paramref name="word"/> as modifier and head (lower case, spelled as in the word), or null when it is
    /// not a compound or the vocabulary gives too little evidence. A hyphen always splits
    /// (<c>Corona-Krise</c> → <c>corona|krise</c>).
    /// </summary>
    public CompoundSplit? Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string key = word.Trim().ToLowerInvariant();
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var split = SplitUncached(key.Trim('-'));
        if (_cache.Count < MaxCached) _cache.TryAdd(key, split);
        return split;
    }

    private CompoundSplit? SplitUncached(string word)
    {
        int hyphen = word.LastIndexOf('-');
        if (hyphen > 0)
        {
            string modifier = word[..hyphen], head = word[(hyphen + 1)..];
            return head.All(char.IsLetter) && modifier.Any(char.IsLetter) && modifier.All(c => c == '-' || char.IsLetter(c))
                ? new CompoundSplit(modifier, head, "-", modifier)
                : null;
        }
        if (word.Length < 2 * MinPart || !word.All(char.IsLetter)) return null;
        // An inflected form of a word the archive knows whole (amerikanisch-en) is no compound when that word is none.
        if (KnownBase(word, BaseEndings, 2 * MinPart) is { } ending && Split(word[..^ending.Length]) is null) return null;
        if (Best(word, 0, allowUnknown: true) is not { } best) return null;
        best = LastHead(word, best);
        return new CompoundSplit(word[..best.Cut], word[best.Cut..], best.Link, best.Lemma);
    }

    // A head that is itself a compound joined by a genitive -s- or -es- (verteidigungs|minister,
    // kriegs|flüchtling) is a productive formation, not a word of its own: the reported head is its last part,
    // so bundesverteidigungsminister is bundesverteidigungs|minister. Heads joined without a link (netzwerk,
    // tatbestand) or by a plural (wochenende) are lexicalised and stay whole.
    private Candidate LastHead(string word, Candidate best)
    {
        while (Best(word[best.Cut..], 1, allowUnknown: false) is { Evidence: Evidence.Known, Link: "+s" or "+es" } inner
               && _vocabulary.Frequency(inner.Lemma) >= LinkedHeadPartFrequency
               && HeadFrequency(word[(best.Cut + inner.Cut)..]) >= LinkedHeadPartFrequency)
        {
            int cut = best.Cut + inner.Cut;
            best = new Candidate(cut, new ModifierReading(word[..(cut - inner.Link.Length + 1)], inner.Link), best.Score, best.Evidence);
        }
        return best;
    }

    private Candidate? Best(string word, int depth, bool allowUnknown)
    {
        var found = new List<Candidate>();
        bool? hasKnownBase = null;
        for (int cut = MinPart; cut <= word.Length - MinPart; cut++)
        {
            string head = word[cut..];
            int headFrequency = HeadFrequency(head);
            if (headFrequency == 0)
            {
                if (allowUnknown && UnknownHead(word, cut, depth, ref hasKnownBase) is { } guess) found.Add(guess);
                continue;
            }
            if (!IsHead(word, cut, head, headFrequency)) continue;
            string surface = word[..cut];
            if (Modifier(surface, depth) is { } m)
                found.Add(new Candidate(cut, m.Reading, Math.Sqrt(m.Weight * headFrequency), m.Evidence));
            else if (allowUnknown && UnknownModifier(surface, head, headFrequency) is { } guess)
                found.Add(guess);
        }
        return found.Count == 0 ? null : Choose(word, found);
    }

    private Candidate? Choose(string word, List<Candidate> found)
    {
        var top = found.Min(c => c.Evidence);
        Candidate? best = null, strongest = null;
        foreach (var c in found)
        {
            if (c.Evidence != top) continue;
            if (best is null || c.Cut < best.Value.Cut) best = c;
            if (strongest is null || c.Score > strongest.Value.Score) strongest = c;
        }
        if (top <= Evidence.CompoundModifier && strongest!.Value.Score >= ClearlyStronger * best!.Value.Score) best = strongest;
        // Koehn & Knight: a word the archive uses more often than its parts is a word of its own.
        int whole = _vocabulary.Frequency(word);
        if (whole > 0 && best!.Value.Score < whole) return null;
        return best;
    }

    private (ModifierReading Reading, double Weight, Evidence Evidence)? Modifier(string surface, int depth)
    {
        if (surface.Length < MinPart) return null;
        if (KnownModifier(surface) is { } known) return (known.Reading, known.Frequency, Evidence.Known);
        if (depth >= MaxModifierDepth) return null;
        foreach (var reading in LinkingElements.Readings(surface, _vocabulary, ShortWordFrequency))
            if (Best(reading.Lemma, depth + 1, allowUnknown: false) is { } inner)
                return (reading, inner.Score, Evidence.CompoundModifier);
        return null;
    }

    private (ModifierReading Reading, int Frequency)? KnownModifier(string surface)
    {
        if (EndsWithAny(surface, EndingsThatTakeS) || IsClosedClass(surface)) return null;
        (ModifierReading, int)? best = null;
        foreach (var reading in LinkingElements.Readings(surface, _vocabulary, ShortWordFrequency))
        {
            int frequency = _vocabulary.Frequency(reading.Lemma);
            if (IsPart(reading.Lemma, frequency) && (best is null || frequency > best.Value.Item2)) best = (reading, frequency);
        }
        return best;
    }

    private bool IsHead(string word, int cut, string head, int frequency)
    {
        if (SuffixHeads.Contains(head) || !IsPart(head, frequency)) return false;
        // A participle of a verb the archive knows (lieb|ende: lieben, liebe; reis|ende) is not a compound with Ende.
        if (!head.StartsWith("end", StringComparison.Ordinal)) return true;
        string stem = word[..cut];
        return !_vocabulary.Contains(stem + "en") && !_vocabulary.Contains(stem + "n") && !_vocabulary.Contains(stem + "e");
    }

    private Candidate? UnknownModifier(string surface, string head, int headFrequency)
    {
        foreach (var (ending, link) in MarkedModifierEndings)
            if (surface.Length >= 6 && surface.EndsWith(ending, StringComparison.Ordinal))
                return new Candidate(surface.Length, new ModifierReading(surface[..^link.Length], link.Length == 0 ? "" : "+" + link),
                    Math.Sqrt(headFrequency), Evidence.MarkedModifier);
        bool plausible = surface.Length >= 4 && head.Length >= 4 && headFrequency >= UnknownModifierHeadFrequency
            && !BoundPrefixes.Contains(surface)
            && _endings.Value.WordsEndingLike(surface) >= UnknownModifierWordsEndingLike
            && HeadUses(head) >= UnknownModifierHeadUses;
        return plausible ? new Candidate(surface.Length, new ModifierReading(surface, ""), Math.Sqrt(headFrequency) / 2, Evidence.Unknown) : null;
    }

    private Candidate? UnknownHead(string word, int cut, int depth, ref bool? hasKnownBase)
    {
        string head = word[cut..];
        if (head.Length < UnknownHeadMinLength || cut < 4 || SuffixHeads.Contains(head)) return null;
        // An inflected form of a word the archive knows whole (koreanisch-er) is that word, not a new compound.
        hasKnownBase ??= KnownBase(word, InflectionEndings, 1) is not null;
        if (hasKnownBase.Value) return null;
        if (Modifier(word[..cut], depth) is not { Evidence: Evidence.Known } m
            || m.Weight < UnknownHeadModifierFrequency || m.Reading.Lemma.Length < 4 || !IsDerivedFromKnown(head)) return null;
        return new Candidate(cut, m.Reading, 0.5, Evidence.Unknown);
    }

    // Frequency of the head with its plural and genitive forms, and of the masculine form of a feminine -in.
    private int HeadFrequency(string head)
    {
        int frequency = _vocabulary.Frequency(head);
        if (head.Length < 5) return frequency;
        Span<char> buffer = stackalloc char[head.Length + 2];
        head.CopyTo(buffer);
        foreach (string ending in HeadEndings)
        {
            ending.CopyTo(buffer[head.Length..]);
            frequency += _vocabulary.Frequency(buffer[..(head.Length + ending.Length)]);
        }
        if (head.Length >= 7 && head.EndsWith("in", StringComparison.Ordinal)) frequency += _vocabulary.Frequency(head.AsSpan(0, head.Length - 2));
        return frequency;
    }

    private bool IsDerivedFromKnown(string head)
    {
        foreach (string suffix in NounSuffixes)
        {
            if (!head.EndsWith(suffix, StringComparison.Ordinal) || head.Length - suffix.Length < 4) continue;
            string stem = head[..^suffix.Length];
            int best = Math.Max(Math.Max(_vocabulary.Frequency(stem), _vocabulary.Frequency(stem + "en")),
                Math.Max(_vocabulary.Frequency(stem + "e"), _vocabulary.Frequency(stem + "n")));
            if (best >= UnknownHeadStemFrequency) return true;
        }
        return false;
    }

    // The first of endings after which the word is a known word of at least minBase letters
    // (amerikanisch-en, sporthalle-n), or null: the word is then an inflected form of that word.
    private string? KnownBase(string word, string[] endings, int minBase)
    {
        foreach (string ending in endings)
            if (word.Length - ending.Length >= minBase && word.EndsWith(ending, StringComparison.Ordinal)
                && _vocabulary.Contains(word.AsSpan(0, word.Length - ending.Length))) return ending;
        return null;
    }

    // How many words of the archive end in this head after a known word: play|list and long|list count for
    // list, journa|list does not.
    private int HeadUses(string head) => _headUses.GetOrAdd(head, h =>
    {
        int uses = 0;
        foreach (string word in _endings.Value.WordsEndingWith(h))
        {
            var modifier = word.AsSpan(0, word.Length - h.Length);
            if (modifier.Length < 4 || IsClosedClass(modifier.ToString())) continue;
            if (_vocabulary.Frequency(modifier) >= 2 || (modifier[^1] is 's' or 'n' && _vocabulary.Frequency(modifier[..^1]) >= 2)) uses++;
        }
        return uses;
    });

    private static bool IsPart(string word, int frequency) =>
        frequency >= 1 && !IsClosedClass(word) && (word.Length > 3 || frequency >= ShortWordFrequency);

    private static bool IsClosedClass(string word) => Stop.Contains(word) || BoundPrefixes.Contains(word);

    private static HashSet<string> BuildStopWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in StopWords.Set) words.Add(word.ToString()!);
        return words;
    }

    // Ordered: a cut with better evidence beats any cut with worse.
    private enum Evidence
    {
        Known,
        CompoundModifier,
        MarkedModifier,
        Unknown,
    }

    private readonly record struct Candidate(int Cut, ModifierReading Reading, double Score, Evidence Evidence)
    {
        public string Lemma => Reading.Lemma;

        public string Link => Reading.Link;
    }
}
