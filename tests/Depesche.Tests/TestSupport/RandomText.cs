using System.Text;

namespace Depesche.Tests.TestSupport;

/// <summary>
/// Hostile input for property tests, the same on every run (fixed seed): the edge cases first (empty,
/// white space, control characters, lone and paired surrogates, very long words and texts), then random
/// strings mixing German letters, accents, digits, punctuation, control and astral characters.
/// </summary>
public static class RandomText
{
    private static readonly string[] EdgeCases =
    [
        "", " ", "   ", "\t", "\r\n", "\n\n\n", "\0", "\u0001\u001f\u007f", "\u0085\u2028\u2029",
        "\uD800", "\uDC00", "a\uD800b", "\uDBFF\uDFFF", "\uDC00\uD800", "😀", "Tor! ⚽😀 Bayern", "\U0001D400\U0001D401",
        "a\u0301", "\u0301", "ẞ", "ß", "ÄÖÜäöüß", "GROẞE STRAẞE", "Weißrussland", "Weissrussland", "Verbuendeten",
        "\uFEFF", "\u00A0", "\u200B\u200D", "İstanbul", "ﬁnanz ﬂug", "① ② ③", "Ωμέγα", "Москва", "北京", "القاهرة",
        "E-Mail", "-", "--", "...", "'s", "a'b'c", "1.299,50", "4,5", "TALLINN: ", ":", "\"", "„“", "*", "?", "!",
        new string('a', 300), new string('ß', 300), new string('ä', 1000), string.Concat(Enumerable.Repeat("Weißrussland ", 800)),
        string.Concat(Enumerable.Repeat("der die das ", 300)), string.Concat(Enumerable.Repeat("\uD83D", 50)),
    ];

    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string German = "äöüÄÖÜßẞaeoeuessAEOEUE";
    private const string Accents = "éèêëáàâãåçñøłæœðþÉÈÇÑØŁÆŒıİ\u0301\u0308\u0327";
    private const string Digits = "0123456789";
    private const string Punctuation = ".,:;-–—_'\"„“‚‘»«()[]{}*?!/\\+#&@%$€§^~|<>=";
    private const string Spaces = " \t\n\r\u00A0\u2009\u3000\u200B\uFEFF";

    private static readonly Lazy<IReadOnlyList<string>> Default = new(() => Strings(500, 20261129));

    /// <summary>The 500 strings every property test uses (made once).</summary>
    public static IReadOnlyList<string> Strings() => Default.Value;

    /// <summary><paramref name="count"/> strings: the edge cases, then random ones from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<string> Strings(int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<string>(EdgeCases.Take(count));
        while (result.Count < count) result.Add(Next(random));
        return result;
    }

    /// <summary>Calls <paramref name="code"/> on <paramref name="text"/>; an exception fails the test and shows the text.</summary>
    public static T CallWithoutException<T>(string text, Func<string, T> code)
    {
        try
        {
            return code(text);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{e.GetType().Name} on {Show(text)}: {e.Message}");
        }
    }

    /// <summary>Shows a string in a failure message: non-printable characters escaped, long ones cut.</summary>
    public static string Show(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text.Length > 200 ? text[..200] : text)
            sb.Append(char.IsControl(c) || char.IsSurrogate(c) || (c > '\u007e' && char.IsWhiteSpace(c)) ? $"\\u{(int)c:X4}" : c.ToString());
        return $"\"{sb}\"" + (text.Length > 200 ? $"... ({text.Length} chars)" : "");
    }

    private static string Next(Random random)
    {
        int length = random.Next(10) switch
        {
            0 => random.Next(500, 5000),
            < 3 => random.Next(0, 8),
            _ => random.Next(8, 120),
        };
        bool umlautHeavy = random.Next(4) == 0;
        var sb = new StringBuilder(length + 2);
        while (sb.Length < length)
        {
            int pick = random.Next(100);
            if (umlautHeavy && pick < 60) sb.Append(German[random.Next(German.Length)]);
            else if (pick < 40) sb.Append(Letters[random.Next(Letters.Length)]);
            else if (pick < 50) sb.Append(German[random.Next(German.Length)]);
            else if (pick < 56) sb.Append(Accents[random.Next(Accents.Length)]);
            else if (pick < 62) sb.Append(Digits[random.Next(Digits.Length)]);
            else if (pick < 72) sb.Append(Punctuation[random.Next(Punctuation.Length)]);
            else if (pick < 85) sb.Append(Spaces[random.Next(Spaces.Length)]);
            else if (pick < 89) sb.Append((char)random.Next(0, 0x20));
            else if (pick < 92) sb.Append((char)random.Next(0xD800, 0xE000)); // a lone surrogate
            else if (pick < 93) sb.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FA00))); // emoji
            else if (pick < 95) sb.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000)));
            else sb.Append((char)random.Next(0x80, 0xD800)); // any BMP character below the surrogates
        }
        return sb.ToString();
    }
}
