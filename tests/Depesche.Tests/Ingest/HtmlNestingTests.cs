using System.Diagnostics;
using AngleSharp.Html.Parser;
using Depesche.Ingest;

namespace Depesche.Tests.Ingest;

public sealed class HtmlNestingTests
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    [Theory]
    [InlineData(10, false)]
    [InlineData(HtmlNesting.MaxEstimatedDepth, false)]
    [InlineData(HtmlNesting.MaxEstimatedDepth + 1, true)]
    public void CountsOpenElements(int depth, bool tooDeep)
    {
        Assert.Equal(tooDeep, HtmlNesting.ProbablyTooDeep("<html><body>" + Repeat("<div class=\"x\">", depth) + "Text"));
    }

    [Fact]
    public void ClosedVoidSelfClosingAndOptionalEndElementsDoNotCount()
    {
        string html = Repeat("<div><span>x</span></div><p>a<br><img src=x><li>b<x-el/>", 5000);

        Assert.False(HtmlNesting.ProbablyTooDeep(html));
    }

    [Fact]
    public void MarkupInsideScriptsAndCommentsDoesNotCount()
    {
        string html = "<script>var s = '" + Repeat("<div>", 5000) + "';</script><!--" + Repeat("<div>", 5000) + "--><p>Text</p>";

        Assert.False(HtmlNesting.ProbablyTooDeep(html));
    }

    [Fact]
    public void UnclosedBracketsAreScannedInLinearTime()
    {
        string html = Repeat("<a", 500_000);
        var clock = Stopwatch.StartNew();

        Assert.False(HtmlNesting.ProbablyTooDeep(html));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void MeasuresTheParsedTree()
    {
        var shallow = new HtmlParser().ParseDocument("<div><div><p>x</p></div></div>");
        var deep = new HtmlParser().ParseDocument(Repeat("<div>", HtmlNesting.MaxTreeDepth + 5));

        Assert.False(HtmlNesting.TreeTooDeep(shallow));
        Assert.True(HtmlNesting.TreeTooDeep(deep));
    }
}
