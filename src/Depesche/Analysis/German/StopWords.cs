using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Util;

namespace Depesche.Analysis.German;

/// <summary>The stop-word step: Snowball's German list (Lucene's default German set).</summary>
public static class StopWords
{
    // Stop words whose umlaut-less spelling is a word worth finding: Ware (goods), Uber (the company).
    // Declared before Set: static initialisers run in order.
    private static readonly HashSet<string> NotStopWords = ["ware", "uber"];

    /// <summary>
    /// The set of German stop words, lower case, with their ASCII spellings (über → ueber, daß → dass), since
    /// stop words are removed before folding joins the spellings; and old spellings with ß (muss → muß).
    /// </summary>
    public static CharArraySet Set { get; } = Build();

    private static CharArraySet Build()
    {
        var set = new CharArraySet(AnalysisVersion.Current, 300, ignoreCase: false);
        foreach (var word in GermanAnalyzer.DefaultStopSet)
        {
            string text = word.ToString()!;
            set.Add(text);
            set.Add(Articles.GermanTransliteration.ToAscii(text));
            set.Add(text.Replace("ss", "ß", StringComparison.Ordinal)); // old orthography: muß, mußte
            // Umlauts typed without dots (fur, uber, konnen), except where that spells a word of its own.
            string stripped = text.Replace('ä', 'a').Replace('ö', 'o').Replace('ü', 'u');
            if (!NotStopWords.Contains(stripped)) set.Add(stripped);
        }
        return set.AsReadOnly();
    }

    /// <summary>Drops stop words, leaving position gaps so phrases still line up.</summary>
    public static TokenStream Apply(TokenStream input) => new StopFilter(AnalysisVersion.Current, input, Set);
}
