using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Depesche.Analysis.German;

/// <summary>
/// Old and new orthography meet: three equal letters become two, so <c>Schifffahrt</c> (new) and
/// <c>Schiffahrt</c> (old) give one term, as do <c>Stillleben</c> and <c>Stilleben</c>.
/// </summary>
public sealed class TripleLetterFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    /// <summary>Wraps lower-cased, folded tokens.</summary>
    public TripleLetterFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        char[] buffer = _term.Buffer;
        int length = _term.Length;
        int write = 0;
        for (int read = 0; read < length; read++)
        {
            if (write >= 2 && buffer[read] == buffer[write - 1] && buffer[read] == buffer[write - 2] && char.IsLetter(buffer[read])) continue;
            buffer[write++] = buffer[read];
        }
        _term.Length = write;
        return true;
    }
}
