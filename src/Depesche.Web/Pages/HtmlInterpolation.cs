using System.Runtime.CompilerServices;
using System.Text;

namespace Depesche.Web.Pages;

/// <summary>
/// The interpolated-string handler behind <see cref="Html.Of"/>: literal parts are markup, holes are text
/// and get escaped; only holes of type <see cref="Html"/> are written as they are. There is deliberately no
/// catch-all overload, so that a hole of an unexpected type does not compile instead of printing its type name.
/// </summary>
[InterpolatedStringHandler]
internal readonly struct HtmlInterpolation
{
    private readonly StringBuilder _sb;

    public HtmlInterpolation(int literalLength, int formattedCount) => _sb = new StringBuilder(literalLength + formattedCount * 24);

    public void AppendLiteral(string markup) => _sb.Append(markup);

    public void AppendFormatted(string? text) => HtmlText.Escape(text, _sb);

    public void AppendFormatted(Html markup) => _sb.Append(markup.ToString());

    public void AppendFormatted(IEnumerable<Html> markup)
    {
        foreach (var part in markup) _sb.Append(part.ToString());
    }

    public void AppendFormatted(int number) => _sb.Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void AppendFormatted(double number, string format) =>
        _sb.Append(number.ToString(format, System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public override string ToString() => _sb.ToString();
}
