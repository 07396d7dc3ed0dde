using Depesche.Web.Pages;

namespace Depesche.Web.Tests.Pages;

/// <summary>The only ways from text to markup: escaped holes, and the engine's marks rebuilt.</summary>
public sealed class HtmlTests
{
    [Fact]
    public void Holes_are_escaped_and_literals_are_kept()
    {
        string hostile = "<script>alert('x')</script> & \"quoted\"";
        Assert.Equal("<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;\">ok</p>",
            Html.Of($"<p title=\"{hostile}\">ok</p>").ToString());
        Assert.Equal("<b>&lt;i&gt;</b>", Html.Of($"<b>{Html.Of($"{"<i>"}")}</b>").ToString());
    }

    [Theory]
    [InlineData("a <mark>b</mark> c", "a <mark>b</mark> c")]
    [InlineData("&lt;script&gt; <mark>x</mark>", "&lt;script&gt; <mark>x</mark>")]
    [InlineData("<script>alert(1)</script><mark>x</mark>", "&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>")]
    [InlineData("<mark><img src=x onerror=alert(1)>", "<mark>&lt;img src=x onerror=alert(1)&gt;</mark>")]
    [InlineData("</mark>a<mark><mark>b", "a<mark>b</mark>")]
    [InlineData("Stra&szlig;e &amp; Br&uuml;cke", "Straße &amp; Brücke")]
    public void Marked_text_keeps_only_balanced_marks_and_escapes_everything_else(string engineHtml, string expected)
    {
        Assert.Equal(expected, Html.Marked(engineHtml).ToString());
    }

    [Fact]
    public void Control_characters_that_html_cannot_hold_are_replaced()
    {
        Assert.Equal("a\uFFFDb", Html.Of($"{"a\u0000b"}").ToString());
    }
}
