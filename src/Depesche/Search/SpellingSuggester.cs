using Depesche.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;


namespace Depesche.Search;

/// <summary>
/// "Did you mean": for a query with few hits, replaces each word the archive does not hold (or barely
/// holds) by the closest spelling it does hold, within two edits, preferring the most common. Built on
/// Lucene core's Levenshtein-automaton term enumeration over the <c>exact</c> field, so suggestions are
/// real surface words of the archive (Lucene.Net.Suggest is not available here).
/// </summary>
internal static class SpellingSuggester
{
    private const int MaxEdits = 2;
    private const int RareBelow = 2;

    // A Levenshtein automaton grows with the word: one 4,000-letter word took 3 s on a 400-article archive, and on
    // 200,000 articles each long unknown word costs up to a tenth of a second. Words longer than this, and unknown
    // words past the first few, get no suggestion.
    private const int MaxWordLength = 40;
    private const int MaxWords = 3;

    /// <summary>The query with its unknown words replaced, or null when there is nothing better to offer.</summary>
    public static string? Suggest(IndexReader reader, ParsedQuery query, string original)
    {
        var terms = MultiFields.GetTerms(reader, Schema.Exact);
        if (terms is null) return null;
        var replacements = new List<(int Position, int Length, string With)>();
        int looked = 0;
        foreach (var clause in query.Clauses)
        {
            if (clause.Kind != ClauseKind.Word || clause.Occurrence == Occurrence.Prohibited || clause.TitleOnly) continue;
            string word = clause.Text.ToLowerInvariant();
            if (word.Length is < 4 or > MaxWordLength || !word.All(char.IsLetter)) continue;
            if (reader.DocFreq(new Term(Schema.Exact, word)) >= RareBelow) continue;
            if (++looked > MaxWords) break;
            string? better = Closest(terms, word, reader);
            if (better is null) continue;
            int at = original.IndexOf(clause.Text, clause.Position, StringComparison.Ordinal);
            if (at >= 0) replacements.Add((at, clause.Text.Length, MatchCase(clause.Text, better)));
        }
        if (replacements.Count == 0) return null;
        var text = original;
        foreach (var (position, length, with) in replacements.OrderByDescending(r => r.Position))
            text = text[..position] + with + text[(position + length)..];
        return text;
    }

    private static string? Closest(Terms terms, string word, IndexReader reader)
    {
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(Schema.Exact, word), MaxEdits, 1, true);
        string? best = null;
        int bestDistance = int.MaxValue, bestFreq = 0;
        while (fuzzy.MoveNext())
        {
            string text = fuzzy.Term.Utf8ToString();
            if (text == word || !text.All(char.IsLetter)) continue;
            int freq = fuzzy.DocFreq;
            int distance = Distance(word, text);
            if (distance < bestDistance || (distance == bestDistance && freq > bestFreq))
                (best, bestDistance, bestFreq) = (text, distance, freq);
        }
        return bestFreq >= RareBelow ? best : null;
    }

    // Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    private static string MatchCase(string typed, string suggestion) =>
        typed.Length > 0 && char.IsUpper(typed[0]) ? char.ToUpperInvariant(suggestion[0]) + suggestion[1..] : suggestion;
}
