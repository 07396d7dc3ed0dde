using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Depesche.Analysis.German;

/// <summary>
/// Terms and position increments recorded once and replayed into fields: <see cref="DocumentChain"/> analyses
/// an article in one pass and several fields index what it recorded. Reused per thread; nothing is allocated
/// per token once the buffers have grown.
/// </summary>
internal sealed class TokenTape
{
    private char[] _chars = new char[4096];
    private int[] _ends = new int[512];
    private int[] _increments = new int[512];
    private int[] _numbers = new int[512];
    private int _length;

    /// <summary>Number of tokens recorded.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets every token.</summary>
    public void Clear()
    {
        Count = 0;
        _length = 0;
    }

    /// <summary>Records a term with its position increment and its number (<see cref="TermNumbering"/>; -1: none).</summary>
    public void Add(ReadOnlySpan<char> term, int increment, int number = -1)
    {
        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _increments, Count * 2);
            Array.Resize(ref _numbers, Count * 2);
        }
        if (_length + term.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + term.Length));
        term.CopyTo(_chars.AsSpan(_length));
        _length += term.Length;
        _ends[Count] = _length;
        _increments[Count] = increment;
        _numbers[Count] = number;
        Count++;
    }

    /// <summary>Gives the last token recorded its number.</summary>
    public void NumberLast(int number) => _numbers[Count - 1] = number;

    /// <summary>The term of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Term(int index)
    {
        int start = index == 0 ? 0 : _ends[index - 1];
        return _chars.AsSpan(start, _ends[index] - start);
    }

    /// <summary>The position increment of token <paramref name="index"/>.</summary>
    public int Increment(int index) => _increments[index];

    /// <summary>The number of token <paramref name="index"/>'s term, or -1.</summary>
    public int Number(int index) => _numbers[index];

    /// <summary>
    /// A token stream over tokens <c>[from, to)</c> of a tape, set before each use with <see cref="Play"/>. Its
    /// offsets are zero: the fields it feeds index no offsets (snippets re-analyse the stored text).
    /// </summary>
    public sealed class Replay : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private TokenTape? _tape;
        private int _next;
        private int _to;
        private int _endIncrement;

        /// <summary>An idle replay.</summary>
        public Replay()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        /// <summary>
        /// Points the stream at tokens <c>[from, to)</c> of <paramref name="tape"/>; <paramref name="endIncrement"/>
        /// is the position increment the recorded stream reported at its end (stop words after the last token).
        /// </summary>
        public void Play(TokenTape tape, int from, int to, int endIncrement = 0)
        {
            _tape = tape;
            _next = from;
            _to = to;
            _endIncrement = endIncrement;
        }

        /// <inheritdoc />
        public override bool IncrementToken()
        {
            if (_tape is null || _next >= _to) return false;
            ClearAttributes();
            var term = _tape.Term(_next);
            term.CopyTo(_term.ResizeBuffer(term.Length));
            _term.Length = term.Length;
            _increment.PositionIncrement = _tape.Increment(_next);
            _next++;
            return true;
        }

        /// <inheritdoc />
        public override void End()
        {
            base.End();
            _increment.PositionIncrement = _endIncrement;
        }

        // The indexer disposes a field's stream after use; this one is reused for the next document.
        protected override void Dispose(bool disposing)
        {
        }
    }

    /// <summary>A filter that records every token passing through it into a tape (passing the token on unchanged).</summary>
    public abstract class Recorder : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;

        /// <summary>Records into <see cref="Tape"/>.</summary>
        protected Recorder(TokenStream input, TokenTape tape) : base(input)
        {
            Tape = tape;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        /// <summary>Where the tokens go.</summary>
        public TokenTape Tape { get; }

        /// <inheritdoc />
        public sealed override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            Record(_term.Buffer.AsSpan(0, _term.Length), _increment.PositionIncrement);
            return true;
        }

        /// <summary>Records the current token (or what of it the tape's field needs).</summary>
        protected abstract void Record(ReadOnlySpan<char> term, int increment);
    }
}
