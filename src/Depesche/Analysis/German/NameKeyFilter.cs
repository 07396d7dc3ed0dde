using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Depesche.Analysis.German;

/// <summary>
/// Replaces each folded word by its <see cref="NameKey"/> and drops the words that have none (shorter than
/// <see cref="NameKey.MinLength"/>, or not all letters a–z). Writes into reused buffers: no allocation per token.
/// </summary>
public sealed class NameKeyFilter : TokenFilter
{
    private readonly bool _genitives;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private char[] _key = new char[NameKey.MaxLength(32)];
    private char[] _genitive = new char[NameKey.MaxLength(32)];
    private int _genitiveLength;

    /// <summary>Keys the lower-cased, folded words of <paramref name="input"/>.</summary>
    /// <param name="genitives">
    /// Also key a word that may be a genitive (Selenskyjs, Lawrows, Lukaschenkos) without its s, at the same
    /// position, so that a query for Zelensky finds "Selenskyjs Berater"; the stemmer keeps the s after j, y, o
    /// and w. Not after a, e, i, u or s, where the s mostly belongs to the name (Andreas, Paris, Markus, Weiss).
    /// For documents; a query word is keyed as typed.
    /// </param>
    public NameKeyFilter(TokenStream input, bool genitives = false) : base(input)
    {
        _genitives = genitives;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_genitiveLength > 0)
        {
            _term.CopyBuffer(_genitive, 0, _genitiveLength);
            _increment.PositionIncrement = 0;
            _genitiveLength = 0;
            return true;
        }
        // Skipped words leave their positions behind, as a stop filter does.
        int skipped = 0;
        while (m_input.IncrementToken())
        {
            if (Key())
            {
                _increment.PositionIncrement += skipped;
                return true;
            }
            skipped += _increment.PositionIncrement;
        }
        return false;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _genitiveLength = 0;
    }

    /// <summary>Rewrites the term to its key (keeping a genitive's key for the next call); false when it has none.</summary>
    private bool Key()
    {
        int length = _term.Length;
        if (length < NameKey.MinLength) return false;
        var word = _term.Buffer.AsSpan(0, length);
        if (_genitives && MayBeGenitive(word))
        {
            if (_genitive.Length < NameKey.MaxLength(length)) _genitive = new char[NameKey.MaxLength(length)];
            _genitiveLength = Math.Max(0, NameKey.Write(word[..^1], _genitive));
        }
        if (_key.Length < NameKey.MaxLength(length)) _key = new char[NameKey.MaxLength(length)];
        int keyLength = NameKey.Write(word, _key);
        if (keyLength < 0 || (_genitiveLength == keyLength && _genitive.AsSpan(0, keyLength).SequenceEqual(_key.AsSpan(0, keyLength))))
            _genitiveLength = 0;
        if (keyLength < 0) return false;
        _term.CopyBuffer(_key, 0, keyLength);
        return true;
    }

    private static bool MayBeGenitive(ReadOnlySpan<char> word) =>
        word.Length > NameKey.MinLength && word[^1] == 's' && word[^2] is not ('a' or 'e' or 'i' or 'u' or 's');
}
