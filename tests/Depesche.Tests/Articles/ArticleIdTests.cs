using Depesche.Articles;

namespace Depesche.Tests.Articles;

public sealed class ArticleIdTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private const string Headline = "Außenminister reist nach Weißrussland";
    private static readonly string[] Body = ["MINSK: Der Außenminister traf seinen Amtskollegen.", "Die Gespräche dauerten drei Stunden."];

    [Fact]
    public void A_content_id_is_20_lower_case_hex_digits_and_the_same_every_time()
    {
        string id = ArticleId.FromContent("dpa", Headline, Body);
        Assert.Matches("^[0-9a-f]{20}$", id);
        Assert.Equal(id, ArticleId.FromContent("dpa", Headline, Body));
    }

    [Fact]
    public void Copies_differing_only_in_white_space_case_or_unicode_form_get_the_same_id()
    {
        string id = ArticleId.FromContent("dpa", Headline, Body);
        Assert.Equal(id, ArticleId.FromContent("DPA", "  AUßENMINISTER reist  nach\tWeißrussland ",
            ["MINSK:  Der Außenminister traf\nseinen Amtskollegen. ", "Die Gespräche dauerten drei Stunden."]));
        Assert.Equal(id, ArticleId.FromContent("dpa", Headline,
            ["MINSK: Der Außenminister traf seinen Amtskollegen.", "Die Gespra\u0308che dauerten drei Stunden."]));
    }

    [Fact]
    public void Another_source_headline_or_body_gives_another_id()
    {
        string id = ArticleId.FromContent("dpa", Headline, Body);
        Assert.NotEqual(id, ArticleId.FromContent("afp", Headline, Body));
        Assert.NotEqual(id, ArticleId.FromContent(null, Headline, Body));
        Assert.NotEqual(id, ArticleId.FromContent("dpa", "Aussenminister reist nach Weissrussland", Body));
        Assert.NotEqual(id, ArticleId.FromContent("dpa", Headline, [Body[0], "Die Gespräche dauerten vier Stunden."]));
        Assert.NotEqual(id, ArticleId.FromContent("dpa", Headline, [Body[0]]));
    }

    [Fact]
    public void Identical_drafts_without_their_own_id_get_the_same_id_when_built()
    {
        var draft = new ArticleDraft { Headline = Headline, Paragraphs = Body, Source = "dpa" };
        var copy = draft with { Headline = " " + Headline + "  ", Paragraphs = ["", .. Body, "  "], Source = " DPA" };
        Assert.Equal(ArticleFactory.Create(draft, Monday).Id, ArticleFactory.Create(copy, Tuesday).Id);
        Assert.Equal(ArticleId.FromContent("dpa", Headline, Body), ArticleFactory.Create(draft, Monday).Id);
    }

    [Fact]
    public void The_records_own_id_wins_over_the_content_id()
    {
        var draft = new ArticleDraft { Id = "  dw-4711 ", Headline = Headline, Paragraphs = Body, Source = "dw" };
        Assert.Equal("dw-4711", ArticleFactory.Create(draft, Monday).Id);
        Assert.Equal("dw-4711", ArticleFactory.Create(draft with { Headline = "Ganz andere Schlagzeile" }, Monday).Id);
        Assert.Equal(ArticleId.FromContent("dw", Headline, Body), ArticleFactory.Create(draft with { Id = "   " }, Monday).Id);
    }

    [Fact]
    public void The_content_hash_tells_a_changed_version_from_an_unchanged_one()
    {
        var draft = new ArticleDraft { Id = "dw-4711", Headline = Headline, Paragraphs = Body, Source = "dw", Category = "politik" };
        string hash = ArticleId.ContentHash(ArticleFactory.Create(draft, Monday));
        Assert.Equal(hash, ArticleId.ContentHash(ArticleFactory.Create(draft, Tuesday)));
        Assert.NotEqual(hash, ArticleId.ContentHash(ArticleFactory.Create(draft with { Category = "ausland" }, Monday)));
        Assert.NotEqual(hash, ArticleId.ContentHash(ArticleFactory.Create(draft with { Published = Monday }, Monday)));
        Assert.NotEqual(hash, ArticleId.ContentHash(ArticleFactory.Create(draft with { Paragraphs = [Body[0]] }, Monday)));
    }
}
