using System.Text;
using CsCheck;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Search;

/// <summary>
/// Queries meant to break a search engine: the named edge cases (unbalanced quotes and brackets, 10,000 terms,
/// leading and bare wildcards, <c>*a*</c>, deep parentheses, huge numbers, control characters, a megabyte of
/// text, hundreds of short prefixes or rare words) and a CsCheck generator that mixes operators, fields,
/// wildcards and random text. Shared by the property tests and the 200k-archive measurement.
/// </summary>
public static class HostileQueries
{
    /// <summary>The fixed seed of every CsCheck run here (reproducible in CI).</summary>
    public const string Seed = "8nszyaD_vvT1";

    private static readonly string[] Words =
    [
        "Regierung", "Minister", "Berlin", "Weißrussland", "Selenskyj", "Verteidigungsminister", "der", "die", "und", "nicht",
        "Koalitionsausschuss", "Hochwasser", "Passau", "Straße", "Strasse", "E-Mail", "Corona-Krise", "Lukaschenko", "Kiew", "Nato",
    ];

    private static readonly string[] Operators =
    [
        "OR", "AND", "NOT", "-", "+", "\"", "(", ")", "*", "?", "~", "^", ":", "\\", "title:", "titel:", "source:", "quelle:",
        "category:", "kategorie:", "foo:", "*a*", "a*", "ab*", "**", "[", "]", "{", "}", "&&", "||", "!", "/", "99999999999999999999",
        "-1", "1e308", "NaN", "\0", "\u0001", "\u007f", "\u202e", "\uFEFF", "\uD800", "😀",
    ];

    /// <summary>The named edge cases, each with a short name for messages.</summary>
    public static IReadOnlyList<(string Name, string Query)> EdgeCases()
    {
        var prefixes = new List<string>();
        for (char a = 'a'; a <= 'z'; a++)
            for (char b = 'a'; b <= 'z'; b++) prefixes.Add($"{a}{b}*");
        return
        [
            ("empty", ""),
            ("white space", " \t\r\n "),
            ("control characters", "\0\u0001\u0002\u001b[31m\u007f\u0085"),
            ("lone quote", "\""),
            ("unbalanced quotes", "\"Minister \"Berlin \"Regierung"),
            ("unclosed excluded phrase", "Berlin -\"Minister Regierung"),
            ("many quotes", string.Concat(Enumerable.Repeat("\"a", 2000))),
            ("unbalanced brackets", "((Minister OR Berlin) AND (Regierung"),
            ("deep parentheses", new string('(', 10_000) + "Minister" + new string(')', 10_000)),
            ("10,000 terms", string.Join(' ', Enumerable.Range(0, 10_000).Select(i => Words[i % Words.Length]))),
            ("10,000 distinct terms", string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"wort{i}"))),
            ("700 two-letter prefixes", string.Join(' ', prefixes)),
            ("prefixes of common words", string.Join(' ', Enumerable.Repeat("re* mi* be* st* ve* ko* ho* pa*", 40))),
            ("leading wildcard", "*minister"),
            ("both wildcards", "*a*"),
            ("bare wildcards", "* ** *** ? ??"),
            ("wildcards everywhere", string.Concat(Enumerable.Repeat("*a?b* ", 500))),
            ("one-letter prefix", "a*"),
            ("field prefixes", "title:* source:* category:* title:ab* quelle:x*"),
            ("huge numbers", "99999999999999999999999999999 1e308 -9223372036854775808 NaN Infinity 0x7fffffff"),
            ("OR chain", string.Join(" OR ", Enumerable.Repeat("Minister", 3000))),
            ("NOT chain", string.Concat(Enumerable.Repeat("NOT ", 3000)) + "Berlin"),
            ("excluded everything", string.Join(' ', Words.Select(w => "-" + w))),
            ("long word", new string('x', 4000)),
            ("long German word", string.Concat(Enumerable.Repeat("Verteidigungsminister", 190))),
            ("rare long words", string.Join(' ', Enumerable.Range(0, 400).Select(i => $"Zzqx{i}verteidigungsminiszter"))),
            ("misspelled words", string.Join(' ', Enumerable.Range(0, 300).Select(i => Words[i % Words.Length] + "q"))),
            ("a megabyte", new string('ä', 1 << 20)),
            ("a megabyte of words", string.Concat(Enumerable.Repeat("Minister Berlin ", 1 << 16))),
            ("right-to-left and surrogates", "\u202eMinister\uD800Berlin\uDFFF😀"),
        ];
    }

    /// <summary>Random hostile queries: words, operators, fields, wildcards and random text, up to a few thousand characters.</summary>
    public static Gen<string> Generator { get; } =
        Gen.Frequency(
            (3, (IGen<string>)Gen.OneOf(Words)),
            (3, Gen.OneOf(Operators)),
            (1, Gen.String[Gen.Char, 0, 40]),
            (1, Gen.Int[0, RandomText.Strings().Count - 1].Select(i => RandomText.Strings()[i])))
        .Array[0, 60]
        .Select(parts =>
        {
            var query = new StringBuilder();
            foreach (string part in parts) query.Append(part).Append(part.Length % 3 == 0 ? "" : " ");
            return query.ToString();
        });
}
