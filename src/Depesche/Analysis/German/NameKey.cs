namespace Depesche.Analysis.German;

/// <summary>
/// The transliteration-neutral key of a name: German newsrooms write Lukaschenko, Selenskyj, Charkiw,
/// Gaddafi; wire copy writes Lukashenko, Zelenskyy, Kharkiv, Gadhafi. Both spellings of each pair get
/// one key, so a query in one spelling finds the other.
/// </summary>
/// <remarks>
/// <para>
/// The key is a rough sound skeleton. The German (Duden) and English (BGN/PCGN and popular) ways of writing
/// Cyrillic and Arabic sounds meet in one symbol each: <c>S</c> for sch/sh/zh (ш, ж), <c>X</c> for
/// tsch/ch/kh/tch (ч, х: an English ch is a German tsch, a German ch an English kh, so all four meet),
/// <c>J</c> for the glide j/y/i before a vowel and for dsch/dzh/j and a first dj (English j is German dsch); w = v,
/// x = ks, q = k, ph = f, and th, dh, gh lose their h.
/// </para>
/// <para>
/// The letter z is the hard case: German z is ц (Jelzin, Donezk, Jazenjuk), English z is з (Zelensky,
/// Nazarbayev, Ramzan), and German writes з as s. So z and ts become s before a vowel at the start of a
/// word, after a consonant and between single vowels (Selenskyj = Zelensky, Jelzin = Yeltsin, Ramsan = Ramzan,
/// Jazenjuk = Yatsenyuk), and stay ts at the end after a consonant, after a diphthong, before k and before a
/// glide (Scholz, Reiz, Donezk = Donetsk, Winnyzja = Vinnytsia), which keeps Kurz ≠ Kurs and Merz ≠ März.
/// </para>
/// <para>
/// Vowels stay apart (Scholz ≠ Schulz, Merz ≠ März); only y = i (Timoschenko = Tymoshenko) and ou = u
/// (Ruhani = Rouhani) meet, and a final run of i, y, j is one i (Selenskyj = Zelenskyy = Zelensky).
/// A doubled consonant is one (Wassili = Vasily, Gaddafi = Gadhafi) unless a German ending follows it
/// (Kasse ≠ Käse, Rutte ≠ Route) or it ends the word (Weiss ≠ Weis). After ж ч ш щ and the glide, the
/// endings -ow/-ev meet (Gorbatschow = Gorbachev, Solowjow = Soloviev).
/// </para>
/// <para>Rules apply to folded words (lower case, ä → a, ß → ss, no accents) of at least <see cref="MinLength"/> letters a–z.</para>
/// </remarks>
public static class NameKey
{
    /// <summary>Shorter words get no key: too many short words would meet.</summary>
    public const int MinLength = 4;

    /// <summary>The most characters a key of a <paramref name="wordLength"/>-letter word can have (x → ks, z → ts).</summary>
    public static int MaxLength(int wordLength) => 2 * wordLength;

    /// <summary>The key of <paramref name="folded"/>, or null when it has none (too short, or not all letters a–z).</summary>
    public static string? Of(string folded)
    {
        Span<char> key = folded.Length <= 64 ? stackalloc char[MaxLength(folded.Length)] : new char[MaxLength(folded.Length)];
        int length = Write(folded, key);
        return length < 0 ? null : new string(key[..length]);
    }

    /// <summary>
    /// Writes the key of <paramref name="folded"/> into <paramref name="key"/> (at least
    /// <see cref="MaxLength"/> characters) and returns its length, or -1 when the word has no key.
    /// </summary>
    public static int Write(ReadOnlySpan<char> folded, Span<char> key)
    {
        if (folded.Length < MinLength) return -1;
        foreach (char c in folded)
            if (c is < 'a' or > 'z') return -1;
        var writer = new KeyWriter(key);
        Spell(folded, ref writer);
        int length = Endings(key, ResolveGlides(key, writer.Length));
        return length > 0 ? length : -1;
    }

    private static void Spell(ReadOnlySpan<char> s, ref KeyWriter w)
    {
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            int width = 1;
            switch (c)
            {
                case 'd' when At(s, i, "dsch"): w.Emit('J', s, i + 4); width = 4; break;
                case 'd' when At(s, i, "dzh"): w.Emit('J', s, i + 3); width = 3; break;
                // Only at the start: French and Serbian dj is dsch (Djibouti), German dj inside a word is д + j (Berdjansk).
                case 'd' when i == 0 && At(s, i, "dj"): w.Emit('J', s, i + 2); width = 2; break;
                case 'd' when At(s, i, "dh"): w.Emit('d', s, i + 2); width = 2; break;
                // Georgian -dze is German -dse (Schewardnadse); z after d is no ц here.
                case 'd' when At(s, i, "dz"): w.Emit('d', s, i + 2); w.Emit('s', s, i + 2); width = 2; break;
                case 't' when At(s, i, "tsch"): w.Emit('X', s, i + 4); width = 4; break;
                case 't' when At(s, i, "tch"): w.Emit('X', s, i + 3); width = 3; break;
                case 't' when At(s, i, "tz"): w.Emit('t', s, i + 2); w.Emit('s', s, i + 2); width = 2; break;
                case 't' when At(s, i, "ts"): width = 2; Sibilant(s, i, width, ref w); break;
                case 't' when At(s, i, "th"): w.Emit('t', s, i + 2); width = 2; break;
                case 's' when At(s, i, "sch"): w.Emit('S', s, i + 3); width = 3; break;
                case 's' when At(s, i, "sh"): w.Emit('S', s, i + 2); width = 2; break;
                case 'z' when At(s, i, "zh"): w.Emit('S', s, i + 2); width = 2; break;
                case 'z': Sibilant(s, i, width, ref w); break;
                case 'c' when At(s, i, "ch"): w.Emit('X', s, i + 2); width = 2; break;
                case 'c' when At(s, i, "ck"): w.Emit('k', s, i + 2); width = 2; break;
                case 'c': w.Emit(i + 1 < s.Length && s[i + 1] is 'e' or 'i' or 'y' ? 's' : 'k', s, i + 1); break;
                case 'k' when At(s, i, "kh"): w.Emit('X', s, i + 2); width = 2; break;
                case 'g' when At(s, i, "gh"): w.Emit('g', s, i + 2); width = 2; break;
                case 'p' when At(s, i, "ph"): w.Emit('f', s, i + 2); width = 2; break;
                case 'o' when At(s, i, "ou"): w.Emit('u', s, i + 2); width = 2; break;
                case 'q': w.Emit('k', s, i + 1); break;
                case 'w': w.Emit('v', s, i + 1); break;
                case 'x': w.Emit('k', s, i + 1); w.Emit('s', s, i + 1); break;
                case 'j': w.Emit('J', s, i + 1); break;
                // y before a vowel is the glide (Yeltsin, Dostoyevsky, Ryabkov), elsewhere the vowel ы/и = i.
                case 'y': w.Emit(i + 1 < s.Length && s[i + 1] is 'a' or 'e' or 'o' or 'u' ? 'J' : 'i', s, i + 1); break;
                // English writes я, ю, ё after a consonant ia, iu, io (Zaporizhzhia, Vinnytsia), German ja, ju, jo;
                // i before e stays i (German ie), except in the ending -iev (Zinoviev = Sinowjew).
                case 'i' when w.AfterConsonant && (i + 1 < s.Length && s[i + 1] is 'a' or 'o' or 'u' || IevEnding(s, i)):
                    w.Emit('J', s, i + 1);
                    break;
                // A final h after a vowel is English only (Fallujah = Falludscha, Sharjah = Schardscha).
                case 'h' when i == s.Length - 1 && w.AfterVowel: break;
                default: w.Emit(c, s, i + 1); break;
            }
            i += width;
        }
    }

    /// <summary>z or ts at <paramref name="i"/>: s where English z means з, ts where German z means ц (see the remarks).</summary>
    private static void Sibilant(ReadOnlySpan<char> s, int i, int width, ref KeyWriter w)
    {
        int next = i + width;
        char after = next < s.Length ? s[next] : '\0';
        bool beforeVowel = IsVowel(after) || after == 'y';
        bool voiced;
        // English writes no w: Zvezda (English) = Swesda, Zwetajewa (German) = Tsvetaeva.
        if (i == 0) voiced = beforeVowel || (width == 1 && after == 'v');
        // German zj and English tsia, tsya are ц before a glide (Winnyzja = Vinnytsia); English zi, zy is з (Izium = Isjum).
        else if (after == 'j' || (width == 2 && GlideAt(s, next))) voiced = false;
        else if (!IsVowel(s[i - 1]) && s[i - 1] != 'y') voiced = beforeVowel;
        else if (i >= 2 && IsVowel(s[i - 2])) voiced = false;
        else voiced = after != 'k';
        if (!voiced) w.Emit('t', s, next);
        w.Emit('s', s, next);
    }

    /// <summary>
    /// Settles each J by its neighbours: dropped before e at the start or after a vowel (Jelzin = Yeltsin,
    /// Dostojewski = Dostoevsky), dropped between a vowel and i (Kyjiw = Kyiv), i after a vowel before a
    /// consonant or the end (Sergej = Sergei), and it swallows an i before it (Julija = Yulia).
    /// </summary>
    private static int ResolveGlides(Span<char> key, int length)
    {
        int w = 0;
        for (int r = 0; r < length; r++)
        {
            char c = key[r];
            if (c != 'J')
            {
                key[w++] = c;
                continue;
            }
            char next = r + 1 < length ? key[r + 1] : '\0';
            char prev = w > 0 ? key[w - 1] : '\0';
            if (next == 'i' && IsVowel(prev)) continue;
            if (prev == 'i' && IsVowel(next) && w >= 2 && !IsVowel(key[w - 2]))
            {
                w--;
                prev = key[w - 1];
            }
            if (next == 'e' && (prev == '\0' || IsVowel(prev)))
            {
                // The e meets the vowel before it as the folding joins ae, oe, ue (Tsvetaeva is folded to tsvetava).
                if (prev is 'a' or 'o' or 'u') r++;
                continue;
            }
            key[w++] = IsVowel(next) || !IsVowel(prev) ? 'J' : 'i';
        }
        return w;
    }

    /// <summary>One final i for -yj, -yy, -ij, -iy, -ii; -ow and -ev after ж ч ш щ or the glide meet as -ev.</summary>
    private static int Endings(Span<char> key, int length)
    {
        while (length >= 2 && key[length - 1] == 'i' && key[length - 2] == 'i') length--;
        int end = length > 0 && key[length - 1] == 'a' ? length - 1 : length;
        if (end >= 3 && key[end - 1] == 'v' && key[end - 2] is 'o' or 'e' && key[end - 3] is 'S' or 'X' or 'J')
            key[end - 2] = 'e';
        return length;
    }

    private static bool At(ReadOnlySpan<char> s, int i, string graph) => s[i..].StartsWith(graph, StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>A glide starts at <paramref name="k"/>: j, or i/y before a vowel as <see cref="Spell"/> reads them.</summary>
    private static bool GlideAt(ReadOnlySpan<char> s, int k)
    {
        if (k >= s.Length) return false;
        char after = k + 1 < s.Length ? s[k + 1] : '\0';
        return s[k] == 'j' || (s[k] == 'i' && after is 'a' or 'o' or 'u') || (s[k] == 'y' && after is 'a' or 'e' or 'o' or 'u');
    }

    /// <summary>The i at <paramref name="i"/> starts the ending -iev, -iew, -ieva or -iewa.</summary>
    private static bool IevEnding(ReadOnlySpan<char> s, int i) =>
        i + 2 < s.Length && s[i + 1] == 'e' && s[i + 2] is 'v' or 'w' &&
        (i + 3 == s.Length || (i + 4 == s.Length && s[i + 3] == 'a'));

    /// <summary>Appends key symbols, writing a doubled consonant once unless a German ending or the word's end follows it.</summary>
    private ref struct KeyWriter(Span<char> key)
    {
        private readonly Span<char> _key = key;

        public int Length { get; private set; }

        public readonly bool AfterConsonant => Length > 0 && !IsVowel(_key[Length - 1]);

        public readonly bool AfterVowel => Length > 0 && IsVowel(_key[Length - 1]);

        /// <param name="rest">Where the input continues after the letters that make <paramref name="symbol"/>.</param>
        public void Emit(char symbol, ReadOnlySpan<char> word, int rest)
        {
            if (Length > 0 && _key[Length - 1] == symbol && !IsVowel(symbol) && !KeepsDouble(word[rest..])) return;
            _key[Length++] = symbol;
        }

        // Kasse/Käse, Ratte/Rate, Rutte/Route, Weiss/Weis stay apart; Odessa/Odesa, Mohammed/Mohamed meet.
        private static bool KeepsDouble(ReadOnlySpan<char> rest) =>
            rest is "" or "e" or "er" or "en" or "el" or "es" or "ern" or "ens" or "ers" or "els" or "eln";
    }
}
