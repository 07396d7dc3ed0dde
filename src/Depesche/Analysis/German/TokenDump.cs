using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Depesche.Analysis.German;

/// <summary>Runs a chain over a text and lists its tokens with positions and offsets: the one token loop of the project.</summary>
public static class TokenDump
{
    /// <summary>The tokens <paramref name="analyzer"/> makes of <paramref name="text"/> (positions from 0).</summary>
    public static IReadOnlyList<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text) =>
        AnalyzeWithTypes(analyzer, field, text).Select(t => t.Token).ToList();

    /// <summary>As <see cref="Analyze"/>, with each token's type (<see cref="HyphenatedWordFilter.JoinedType"/> and others).</summary>
    public static IReadOnlyList<(AnalyzedToken Token, string Type)> AnalyzeWithTypes(Analyzer analyzer, string field, string text)
    {
        using var ts = analyzer.GetTokenStream(field, text);
        return Read(ts);
    }

    /// <summary>The tokens of a stream that has not been reset yet (positions from 0), with their types.</summary>
    public static IReadOnlyList<(AnalyzedToken Token, string Type)> Read(TokenStream ts)
    {
        var tokens = new List<(AnalyzedToken, string)>();
        var term = ts.AddAttribute<ICharTermAttribute>();
        var offset = ts.AddAttribute<IOffsetAttribute>();
        var increment = ts.AddAttribute<IPositionIncrementAttribute>();
        var type = ts.AddAttribute<ITypeAttribute>();
        ts.Reset();
        int position = -1;
        while (ts.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset), type.Type));
        }
        ts.End();
        return tokens;
    }
}
