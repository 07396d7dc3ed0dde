using System.Buffers;

namespace Depesche.Analysis.German;

/// <summary>
/// CISTEM, the German stemmer of Weissweiler and Fraser, "Developing a Stemmer for German Based on a
/// Comparative Analysis of Publicly Available Stemmers" (GSCL 2017), written here from the paper's
/// description.
/// </summary>
/// <remarks>
/// The steps: lower case; ä, ö, ü become a, o, u and ß becomes ss; a leading <c>ge</c> goes when at least
/// four characters follow it; <c>sch</c>, <c>ei</c>, <c>ie</c> and the second letter of a doubled pair
/// each become one unit, so that they count as one letter and are never cut apart. Then, while more than
/// three units are left, one ending goes at a time: <c>-em</c>, <c>-er</c> or <c>-nd</c> only while more
/// than five units are left; <c>-t</c> only when the word did not start with a capital (a capital marks a
/// noun, whose <c>t</c> belongs to the stem: Arbeit, Markt) or when stemming case-insensitively; and
/// <c>-e</c>, <c>-s</c> or <c>-n</c>. Last, the units are spelled out again.
/// </remarks>
public static class Cistem
{
    // Units above the char range, so that no input character can be mistaken for one (the paper's own
    // implementations use $, %, & and *, which then cannot be told from the same characters in the input).
    private const int Sch = 0x1_0000, Ei = 0x1_0001, Ie = 0x1_0002, SecondOfDouble = 0x1_0003;

    // Words up to this length are worked on in stack memory; longer ones in a rented array.
    private const int StackWordLength = 128;

    /// <summary>The stem of <paramref name="word"/>, in lower case.</summary>
    /// <param name="word">A word in its written form.</param>
    /// <param name="caseInsensitive">
    /// Strip <c>-t</c> from capitalised words too. The case-sensitive default is better for correctly cased
    /// text; for text whose case is lost (as in Depesche's chain) both modes stem alike.
    /// </param>
    public static string Stem(string word, bool caseInsensitive = false)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0) return word;
        char[]? rented = null;
        int capacity = MaxStemLength(word.Length);
        Span<char> stem = word.Length <= StackWordLength ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            int length = Stem(word, stem, caseInsensitive);
            return stem[..length].SequenceEqual(word) ? word : new string(stem[..length]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>The room <see cref="Stem(ReadOnlySpan{char}, Span{char}, bool)"/> needs for a word of <paramref name="wordLength"/> characters (ß becomes ss).</summary>
    public static int MaxStemLength(int wordLength) => 2 * wordLength;

    /// <summary>Writes the stem of <paramref name="word"/> to <paramref name="destination"/> and returns its length.</summary>
    /// <param name="word">A word in its written form.</param>
    /// <param name="destination">At least <see cref="MaxStemLength"/> characters; it must not overlap <paramref name="word"/>.</param>
    /// <param name="caseInsensitive">As in <see cref="Stem(string, bool)"/>.</param>
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination, bool caseInsensitive = false)
    {
        if (destination.Length < MaxStemLength(word.Length))
            throw new ArgumentException($"needs room for {MaxStemLength(word.Length)} characters", nameof(destination));
        if (word.IsEmpty) return 0;
        int[]? rented = null;
        int capacity = MaxStemLength(word.Length);
        Span<int> units = word.Length <= StackWordLength ? stackalloc int[capacity] : (rented = ArrayPool<int>.Shared.Rent(capacity));
        try
        {
            bool stripT = caseInsensitive || !char.IsUpper(word[0]);
            int length = LowerAndFold(word, units);
            if (length >= 6 && units[0] == 'g' && units[1] == 'e')
            {
                units = units[2..];
                length -= 2;
            }
            // In this order, as the paper gives it: "iei" is i + ei, not ie + i.
            length = Join(units, length, "sch", Sch);
            length = Join(units, length, "ei", Ei);
            length = Join(units, length, "ie", Ie);
            MarkDoubles(units[..length]);
            length = StripEndings(units, length, stripT);
            return SpellOut(units[..length], destination);
        }
        finally
        {
            if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        }
    }

    private static int LowerAndFold(ReadOnlySpan<char> word, Span<int> units)
    {
        int length = 0;
        foreach (char c in word)
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'ä': units[length++] = 'a'; break;
                case 'ö': units[length++] = 'o'; break;
                case 'ü': units[length++] = 'u'; break;
                case 'ß': units[length++] = 's'; units[length++] = 's'; break;
                case var lower: units[length++] = lower; break;
            }
        }
        return length;
    }

    // Replaces each occurrence of letters, left to right and not overlapping, by unit; returns the new length.
    private static int Join(Span<int> units, int length, ReadOnlySpan<char> letters, int unit)
    {
        int write = 0;
        for (int read = 0; read < length;)
        {
            if (StartsWith(units[read..length], letters))
            {
                units[write++] = unit;
                read += letters.Length;
            }
            else
            {
                units[write++] = units[read++];
            }
        }
        return write;
    }

    private static bool StartsWith(ReadOnlySpan<int> units, ReadOnlySpan<char> letters)
    {
        if (units.Length < letters.Length) return false;
        for (int i = 0; i < letters.Length; i++)
            if (units[i] != letters[i]) return false;
        return true;
    }

    // "ss" becomes s + SecondOfDouble, left to right: "sss" is s, SecondOfDouble, s.
    private static void MarkDoubles(Span<int> units)
    {
        for (int i = 0; i + 1 < units.Length; i++)
            if (units[i + 1] == units[i]) units[++i] = SecondOfDouble;
    }

    private static int StripEndings(ReadOnlySpan<int> units, int length, bool stripT)
    {
        while (length > 3)
        {
            int last = units[length - 1];
            if (length > 5 && ((units[length - 2] == 'e' && last is 'm' or 'r') || (units[length - 2] == 'n' && last == 'd')))
                length -= 2;
            else if (stripT && last == 't')
                length--;
            else if (last is 'e' or 's' or 'n')
                length--;
            else
                break;
        }
        return length;
    }

    private static int SpellOut(ReadOnlySpan<int> units, Span<char> destination)
    {
        int written = 0;
        for (int i = 0; i < units.Length; i++)
        {
            // A doubled pair's second unit is never at 0, and its first is never itself a second.
            int unit = units[i] == SecondOfDouble ? units[i - 1] : units[i];
            ReadOnlySpan<char> letters = unit switch
            {
                Sch => "sch",
                Ei => "ei",
                Ie => "ie",
                _ => default,
            };
            if (letters.IsEmpty) destination[written++] = (char)unit;
            else
            {
                letters.CopyTo(destination[written..]);
                written += letters.Length;
            }
        }
        return written;
    }
}
