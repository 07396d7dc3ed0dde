using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Util;

namespace Depesche.Analysis.German;

/// <summary>The stop-word step: Snowball's German list (Lucene's default German set).</summary>
public static class StopWords
{
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
        }
        return set.AsReadOnly();
    }

    /// <summary>Drops stop words, leaving position gaps so phrases still line up.</summary>
    public static TokenStream Apply(TokenStream input) => new StopFilter(AnalysisVersion.Current, input, Set);
}
