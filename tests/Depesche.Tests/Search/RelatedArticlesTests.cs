using Depesche.Search;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Search;

/// <summary>"Ähnliche Artikel" (MoreLikeThis) and the marking of a whole article for a query.</summary>
public sealed class RelatedArticlesTests : IDisposable
{
    private readonly TestArchive _archive = new(
    [
        TestArchive.Draft("Hochwasser in Passau: Donau steigt weiter", "PASSAU: Das Hochwasser der Donau erreicht die Altstadt. Sandsäcke werden verteilt.", id: "a1"),
        TestArchive.Draft("Hochwasser in Passau: Donau steigt weiter", "PASSAU: Das Hochwasser der Donau erreicht die Altstadt. Neue Pegelstände.", id: "a2"),
        TestArchive.Draft("Donau-Hochwasser erreicht Regensburg", "REGENSBURG: Nach Passau kämpft auch Regensburg mit dem Hochwasser der Donau. Sandsäcke fehlen.", id: "b"),
        TestArchive.Draft("Bundesliga: Bayern gewinnt in Dortmund", "DORTMUND: Der FC Bayern gewinnt das Spitzenspiel mit zwei Toren.", source: "kicker", category: "sport", id: "c"),
        TestArchive.Draft("Bundesliga: Leverkusen bleibt Spitze", "LEVERKUSEN: Bayer gewinnt auch gegen Mainz und bleibt Spitzenreiter der Bundesliga.", source: "kicker", category: "sport", id: "d"),
    ]);

    [Fact]
    public void Related_articles_share_the_words_and_leave_out_the_story_itself_and_its_other_versions()
    {
        var flood = _archive.Archive.FindById("a1")!;
        var related = _archive.Search.Related(flood, 5);
        Assert.Equal("b", related[0].Id);
        Assert.DoesNotContain(related, h => h.Id is "a1" or "a2");

        var football = _archive.Search.Related(_archive.Archive.FindById("c")!, 5);
        Assert.Equal("d", football[0].Id);
    }

    [Fact]
    public void Highlight_marks_the_querys_words_in_any_spelling_across_headline_and_paragraphs()
    {
        var article = _archive.Archive.FindById("b")!;
        var marked = _archive.Search.Highlight(article, "hochwasser SANDSAECKE");
        Assert.Equal("Donau-<mark>Hochwasser</mark> erreicht Regensburg", marked.Headline);
        var paragraph = Assert.Single(marked.Paragraphs);
        Assert.Contains("dem <mark>Hochwasser</mark> der Donau", paragraph);
        Assert.Contains("<mark>Sandsäcke</mark> fehlen", paragraph);
    }

    [Fact]
    public void Highlight_escapes_the_text_around_the_marks()
    {
        using var hostile = new TestArchive([TestArchive.Draft("Test <b>fett</b>", "Ein <script>alert(1)</script> Test & mehr.", id: "x")]);
        var marked = hostile.Search.Highlight(hostile.Archive.FindById("x")!, "Test");
        Assert.Equal("<mark>Test</mark> &lt;b&gt;fett&lt;/b&gt;", marked.Headline);
        Assert.Equal("Ein &lt;script&gt;alert(1)&lt;/script&gt; <mark>Test</mark> &amp; mehr.", marked.Paragraphs[0]);
    }

    public void Dispose() => _archive.Dispose();
}
