using Lucene.Net.Analysis;

namespace Depesche.Analysis.German;

/// <summary>
/// The first step of the German chain: replaces hyphens with U+2027 HYPHENATION POINT, a mid-letter
/// character for the Unicode word rules, so that the tokenizer keeps <c>Corona-Krise</c> as one token for
/// <see cref="HyphenatedWordFilter"/> to split and join. Between digits or beside spaces it still
/// separates, as the hyphen did. One character for one, so offsets need no correction.
/// </summary>
public sealed class HyphenJoiner : CharFilter
{
    /// <summary>The character that stands for a hyphen inside a token.</summary>
    public const char Joiner = '\u2027';

    /// <summary>Reads <paramref name="input"/> with its hyphens replaced.</summary>
    public HyphenJoiner(TextReader input) : base(input)
    {
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count)
    {
        int read = m_input.Read(buffer, index, count);
        for (int i = index; i < index + read; i++)
            if (buffer[i] is '-' or '\u2010') buffer[i] = Joiner;
        return read;
    }

    /// <inheritdoc />
    public override int Read()
    {
        int c = m_input.Read();
        return c is '-' or '\u2010' ? Joiner : c;
    }

    /// <inheritdoc />
    protected override int Correct(int currentOff) => currentOff;
}
