using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Depesche.Analysis.German;

/// <summary>
/// Stems each token with <see cref="Cistem"/>, in CISTEM's case-insensitive mode. The chain lower-cases and
/// folds before it stems (ä → a, ß → ss), so the capital that tells CISTEM a word is a noun, and that its
/// final <c>-t</c> belongs to the stem, is already gone: "Arbeit" arrives as "arbeit" and stems to "arbei",
/// as "arbeiten" does. Keyword tokens are left as they are.
/// </summary>
internal sealed class CistemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private char[] _stem = new char[64];

    public CistemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_keyword.IsKeyword) return true;
        int needed = Cistem.MaxStemLength(_term.Length);
        if (_stem.Length < needed) _stem = new char[needed];
        int length = Cistem.Stem(_term.Buffer.AsSpan(0, _term.Length), _stem, caseInsensitive: true);
        _term.CopyBuffer(_stem, 0, length);
        return true;
    }
}
