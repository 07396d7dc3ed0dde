using Depesche.Ingest;

namespace Depesche.Tests.Ingest;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Eins</p><p>Zwei</p>", new[] { "Eins", "Zwei" })]
    [InlineData("Eins<br>Zwei<br/><br/>Drei", new[] { "Eins", "Zwei", "Drei" })]
    [InlineData("<div><b>Fett</b> und <i>kursiv</i></div>", new[] { "Fett und kursiv" })]
    [InlineData("<p>A &amp; B &lt;C&gt; &quot;D&quot; &auml;</p>", new[] { "A & B <C> \"D\" ä" })]
    [InlineData("<p>Sichtbar</p><script>alert(1)</script><style>p{}</style>", new[] { "Sichtbar" })]
    [InlineData("<ul><li>Erstens</li><li>Zweitens</li></ul>", new[] { "Erstens", "Zweitens" })]
    [InlineData("Nur Text\nmit Zeilen &amp; Entität", new[] { "Nur Text", "mit Zeilen & Entität" })]
    [InlineData("<p>  </p>", new string[0])]
    [InlineData("<p>Offen<div>kaputt", new[] { "Offen", "kaputt" })]
    public void SplitsHtmlIntoParagraphs(string html, string[] expected)
    {
        Assert.Equal(expected, HtmlText.Paragraphs(html));
    }

    [Fact]
    public void WalksDeepNestingWithoutRecursion()
    {
        string html = string.Concat(Enumerable.Repeat("<span>", 200_000)) + "Kern";

        Assert.Equal(["Kern"], HtmlText.Paragraphs(html));
    }

    [Theory]
    [InlineData("Schlicht", "Schlicht")]
    [InlineData("A &amp; B", "A & B")]
    [InlineData("Wahl in <i>Thüringen</i>", "Wahl in Thüringen")]
    public void FlattensTitlesToOneLine(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.Line(html));
    }
}
