using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Depesche.Analysis.German;

/// <summary>
/// The lower-casing step. Lucene.NET's LowerCaseFilter asks the culture machinery (ICU) for every token,
/// which measured as a quarter of all ingest CPU; this filter lower-cases ASCII and Latin-1 letters with
/// arithmetic and leaves only other characters to <see cref="Rune.ToLowerInvariant"/>. Same output for
/// German text; invariant (not culture) rules everywhere.
/// </summary>
public sealed class LowerCase : TokenFilter
{
    private readonly ICharTermAttribute _term;

    /// <summary>Wraps <paramref name="input"/>.</summary>
    public LowerCase(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    /// <summary>Wraps <paramref name="input"/> in the lower-casing step.</summary>
    public static TokenStream Apply(TokenStream input) => new LowerCase(input);

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        char[] buffer = _term.Buffer;
        int length = _term.Length;
        for (int i = 0; i < length; i++)
        {
            char c = buffer[i];
            if (c < 128)
            {
                if (c is >= 'A' and <= 'Z') buffer[i] = (char)(c | 0x20);
            }
            else if (c is >= 'À' and <= 'Þ' && c != '×')
            {
                buffer[i] = (char)(c + 32);
            }
            else if (c >= 0x100 && char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(buffer[i + 1]))
            {
                var lower = Rune.ToLowerInvariant(new Rune(c, buffer[i + 1]));
                if (lower.Utf16SequenceLength == 2)
                {
                    lower.EncodeToUtf16(buffer.AsSpan(i, 2));
                }
                i++;
            }
            else if (c >= 0x100 && char.IsUpper(c))
            {
                buffer[i] = char.ToLowerInvariant(c);
            }
        }
        return true;
    }
}
