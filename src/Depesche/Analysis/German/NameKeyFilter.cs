using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Depesche.Analysis.German;

/// <summary>
/// Replaces each folded word by its <see cref="NameKey"/> and drops the words that have none (shorter than
/// <see cref="NameKey.MinLength"/>, or not all letters a–z). Writes into a reused buffer: no allocation per token.
/// </summary>
public sealed class NameKeyFilter : FilteringTokenFilter
{
    private readonly ICharTermAttribute _term;
    private char[] _key = new char[NameKey.MaxLength(32)];

    /// <summary>Keys the lower-cased, folded words of <paramref name="input"/>.</summary>
    public NameKeyFilter(TokenStream input) : base(AnalysisVersion.Current, input) => _term = AddAttribute<ICharTermAttribute>();

    /// <summary>Rewrites the term to its key; false (the token is skipped) when it has none.</summary>
    protected override bool Accept()
    {
        int length = _term.Length;
        if (length < NameKey.MinLength) return false;
        if (_key.Length < NameKey.MaxLength(length)) _key = new char[NameKey.MaxLength(length)];
        int keyLength = NameKey.Write(_term.Buffer.AsSpan(0, length), _key);
        if (keyLength < 0) return false;
        _term.CopyBuffer(_key, 0, keyLength);
        return true;
    }
}
