using Depesche.Analysis.German;
using Depesche.Index;
using Depesche.Tests.TestSupport;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Depesche.Tests.Analysis.German;

/// <summary>
/// What every chain and filter must do on any input (<see cref="RandomText"/>): no exception, no empty
/// term, offsets inside the text and never going backwards, positions never going backwards, and the same
/// tokens when the (reused) chain reads the same text again.
/// </summary>
public static class TokenStreamProperties
{
    /// <summary>Checks the properties for every string of <see cref="RandomText.Strings()"/>.</summary>
    public static void Hold(Analyzer analyzer)
    {
        foreach (string text in RandomText.Strings()) Hold(analyzer, text);
    }

    /// <summary>Checks the properties for <paramref name="text"/>.</summary>
    public static void Hold(Analyzer analyzer, string text)
    {
        var tokens = RandomText.CallWithoutException(text, t => TokenDump.Analyze(analyzer, Schema.Body, t));
        int lastStart = 0, lastPosition = -1;
        foreach (var t in tokens)
        {
            string? broken =
                t.Term.Length == 0 ? "empty term" :
                t.Start < 0 || t.Start > t.End || t.End > text.Length ? $"offsets outside 0..{text.Length}" :
                t.Start < lastStart ? $"start offset went back from {lastStart}" :
                t.Position < 0 || t.Position < lastPosition ? $"position went back from {lastPosition}" :
                null;
            if (broken is not null) Assert.Fail($"{broken}: token {t} of {RandomText.Show(text)}");
            lastStart = t.Start;
            lastPosition = t.Position;
        }
        Assert.Equal(tokens, TokenDump.Analyze(analyzer, Schema.Body, text));
    }

    /// <summary>One filter behind StandardTokenizer and lower case, as the German chain feeds it.</summary>
    public static Analyzer BehindStandardTokenizer(Func<TokenStream, TokenStream> filter) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(AnalysisVersion.Current, reader);
        return new TokenStreamComponents(source, filter(new LowerCaseFilter(AnalysisVersion.Current, source)));
    });

    /// <summary>One filter behind a whitespace tokenizer: rougher tokens (punctuation, astral characters, mixed case).</summary>
    public static Analyzer BehindWhitespaceTokenizer(Func<TokenStream, TokenStream> filter) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new WhitespaceTokenizer(AnalysisVersion.Current, reader);
        return new TokenStreamComponents(source, filter(source));
    });
}
