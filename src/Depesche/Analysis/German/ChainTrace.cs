namespace Depesche.Analysis.German;

/// <summary>
/// Shows why a text matches: runs the German chain step by step and reports, for every token, its final
/// term, position and offsets and which steps changed it (or dropped it), for <c>depesche analyze</c>.
/// </summary>
public static class ChainTrace
{
    private static readonly string[] StepNames = GermanTextAnalyzer.Steps(Stemming.Default, false).Select(s => s.Name).ToArray();

    /// <summary>The tokens of <paramref name="text"/> with the history of each.</summary>
    public static IReadOnlyList<TracedToken> Trace(string text, StemmerKind stemmer = Stemming.Default)
    {
        var stages = new List<List<Raw>> { Run(text, 0, stemmer) };
        for (int n = 1; n <= StepNames.Length; n++) stages.Add(Run(text, n, stemmer));
        var final = stages[^1];
        var result = new List<TracedToken>();
        foreach (var token in final)
        {
            var changes = new List<string>();
            string? previous = Find(stages[0], token)?.Term;
            for (int n = 1; n < stages.Count; n++)
            {
                string? term = Find(stages[n], token)?.Term;
                if (term is not null && previous is not null && term != previous) changes.Add($"{StepNames[n - 1]}: {previous} → {term}");
                else if (term is not null && previous is null) changes.Add($"{StepNames[n - 1]}: added {term}");
                previous = term ?? previous;
            }
            result.Add(new TracedToken(token.Term, token.Position, token.Start, token.End, changes));
        }
        // Tokens that a step removed (stop words) are shown too, at their place, with no final term.
        for (int n = 1; n < stages.Count; n++)
            foreach (var gone in stages[n - 1].Where(t => Find(stages[n], t) is null && !result.Any(r => r.Start == t.Start && r.End == t.End)))
                result.Add(new TracedToken("", -1, gone.Start, gone.End, [$"{StepNames[n - 1]}: dropped {gone.Term}"]));
        return result.OrderBy(t => t.Start).ThenBy(t => t.End).ToList();
    }

    private static Raw? Find(List<Raw> stage, Raw token) =>
        stage.FirstOrDefault(t => t.Start == token.Start && t.End == token.End && t.Joined == token.Joined);

    private static List<Raw> Run(string text, int steps, StemmerKind stemmer) =>
        TokenDump.AnalyzeWithTypes(new GermanTextAnalyzer(stemmer, steps), "body", text)
            .Select(t => new Raw(t.Token.Term.Replace(HyphenJoiner.Joiner, '-'), t.Token.Position, t.Token.Start, t.Token.End,
                t.Type == HyphenatedWordFilter.JoinedType))
            .ToList();

    private sealed record Raw(string Term, int Position, int Start, int End, bool Joined);
}
