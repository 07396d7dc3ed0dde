using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Depesche.Analysis.German;

/// <summary>
/// Splits a hyphenated word (joined by <see cref="HyphenJoiner"/>) into its parts and adds the parts
/// written together at the first part's position: <c>Corona-Krise</c> gives <c>corona</c>,
/// <c>coronakrise</c>, <c>krise</c>, so it meets <c>Coronakrise</c>, <c>Krise</c> and the phrase
/// <c>Corona Krise</c>. The joined token is typed <see cref="JoinedType"/>.
/// </summary>
public sealed class HyphenatedWordFilter : TokenFilter
{
    /// <summary>Token type of the parts written together.</summary>
    public const string JoinedType = "<JOINED>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private readonly Queue<(string Term, int Start, int End, int Increment, string Type)> _pending = new();

    /// <summary>Wraps lower-cased tokens.</summary>
    public HyphenatedWordFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            var next = _pending.Dequeue();
            ClearAttributes();
            _term.SetEmpty().Append(next.Term);
            _offset.SetOffset(next.Start, next.End);
            _increment.PositionIncrement = next.Increment;
            _type.Type = next.Type;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var text = _term.Buffer.AsSpan(0, _term.Length);
        if (text.IndexOf(HyphenJoiner.Joiner) < 0) return true;

        string word = text.ToString();
        int baseOffset = _offset.StartOffset;
        var parts = new List<(string Part, int Start)>();
        int from = 0;
        for (int i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] != HyphenJoiner.Joiner) continue;
            if (i > from) parts.Add((word[from..i], from));
            from = i + 1;
        }
        if (parts.Count == 0) return IncrementToken();
        int firstIncrement = _increment.PositionIncrement;
        string type = _type.Type;
        for (int p = 0; p < parts.Count; p++)
        {
            var (part, start) = parts[p];
            _pending.Enqueue((part, baseOffset + start, baseOffset + start + part.Length, p == 0 ? firstIncrement : 1, type));
            if (p == 0 && parts.Count > 1)
            {
                string joined = string.Concat(parts.Select(x => x.Part));
                _pending.Enqueue((joined, baseOffset + parts[0].Start, _offset.EndOffset, 0, JoinedType));
            }
        }
        return IncrementToken();
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }
}
