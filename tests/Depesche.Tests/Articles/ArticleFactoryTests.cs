using Depesche.Articles;

namespace Depesche.Tests.Articles;

public sealed class ArticleFactoryTests
{
    private static readonly DateTimeOffset Ingested = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static Article Create(string headline = "Außenminister reist nach Weißrussland", string[]? paragraphs = null,
        string? source = "dpa", string? category = "politik", DateTimeOffset? published = null) =>
        ArticleFactory.Create(new ArticleDraft
        {
            Headline = headline, Paragraphs = paragraphs ?? ["MINSK: Der Außenminister traf seinen Amtskollegen."],
            Source = source, Category = category, Published = published,
        }, Ingested);

    [Theory]
    [InlineData("TALLINN: Die estnische Regierung beschloss neue Grenzkontrollen.", "TALLINN")]
    [InlineData("BAD HOMBURG: Die Stadt plant ein neues Bad.", "BAD HOMBURG")]
    [InlineData("MÜNCHEN: Das Spiel endete zwei zu eins.", "MÜNCHEN")]
    [InlineData("NEU-DELHI: Der Monsun kam früh.", "NEU-DELHI")]
    [InlineData("ST. PETERSBURG: Die Brücken bleiben offen.", "ST. PETERSBURG")]
    [InlineData("TALLINN : Die Regierung tagte.", "TALLINN")]
    public void An_upper_case_place_before_a_colon_is_the_dateline(string paragraph, string dateline)
    {
        Assert.Equal(dateline, ArticleFactory.FindDateline(paragraph));
    }

    [Theory]
    [InlineData("USA: Die Wahl ist entschieden.", "USA")]
    [InlineData("EU: Die Kommission legt nach.", "EU")]
    public void Any_two_or_more_capitals_before_a_colon_count_even_a_country_abbreviation(string paragraph, string dateline)
    {
        Assert.Equal(dateline, ArticleFactory.FindDateline(paragraph));
    }

    [Theory]
    [InlineData("Er sagte: Wir bleiben.")]
    [InlineData("Die Regierung in TALLINN: Wir bleiben.")]
    [InlineData("CDU-Chef Merz: Wir bleiben.")]
    [InlineData("A: Antwort")]
    [InlineData("TALLINN:Die Regierung tagte.")]
    [InlineData("TALLINN Die Regierung tagte.")]
    [InlineData("Tallinn: Die Regierung tagte.")]
    [InlineData("")]
    public void A_sentence_that_merely_contains_a_colon_has_no_dateline(string paragraph)
    {
        Assert.Null(ArticleFactory.FindDateline(paragraph));
    }

    [Fact]
    public void The_dateline_is_read_from_the_first_non_empty_paragraph_after_white_space_is_collapsed()
    {
        Assert.Equal("TALLINN", Create(paragraphs: ["", "  TALLINN:\t Die Regierung tagte. ", "BERLIN: Später mehr."]).Dateline);
        Assert.Null(Create(paragraphs: ["Die Regierung tagte.", "BERLIN: Später mehr."]).Dateline);
    }

    [Theory]
    [InlineData(" DPA ", "dpa")]
    [InlineData("Deutsche Welle", "deutsche welle")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Labels_are_trimmed_and_lower_cased_and_blank_ones_dropped(string? label, string? expected)
    {
        var article = Create(source: label, category: label);
        Assert.Equal(expected, article.Source);
        Assert.Equal(expected, article.Category);
    }

    [Fact]
    public void White_space_and_control_characters_are_collapsed_and_empty_paragraphs_dropped()
    {
        var article = Create("  Außenminister \t reist\nnach  Weißrussland\u0007 ",
            ["", "  ", "\u00A0\t", "\uFEFFMINSK:  Der Außenminister\r\ntraf   seinen Amtskollegen. ", "\n", "Ende."]);
        Assert.Equal("Außenminister reist nach Weißrussland", article.Headline);
        Assert.Equal(["MINSK: Der Außenminister traf seinen Amtskollegen.", "Ende."], article.Paragraphs);
        Assert.Equal("MINSK: Der Außenminister traf seinen Amtskollegen.\nEnde.", article.Body);
        Assert.Equal("aussenminister-reist-nach-weissrussland", article.Slug);
    }

    [Fact]
    public void The_date_is_the_published_date_else_the_ingest_time()
    {
        var published = new DateTimeOffset(2024, 5, 10, 9, 0, 0, TimeSpan.FromHours(2));
        var article = Create(published: published);
        Assert.Equal(published, article.Date);
        Assert.Equal(Ingested, article.IngestedAt);
        Assert.Equal(Ingested, Create(published: null).Date);
    }

    [Fact]
    public void Optional_fields_are_trimmed_or_null()
    {
        var draft = new ArticleDraft { Headline = "Weißrussland", Paragraphs = ["Text"], AsciiTitle = "  Weissrussland ", Url = " https://example.org/a " };
        var article = ArticleFactory.Create(draft, Ingested);
        Assert.Equal("Weissrussland", article.AsciiTitle);
        Assert.Equal("https://example.org/a", article.Url);
        article = ArticleFactory.Create(draft with { AsciiTitle = " ", Url = "" }, Ingested);
        Assert.Null(article.AsciiTitle);
        Assert.Null(article.Url);
    }

    [Fact]
    public void A_headline_with_an_emoji_is_stored()
    {
        var article = Create("Tor! 😀 Bayern gewinnt");
        Assert.Equal("Tor! 😀 Bayern gewinnt", article.Headline);
        Assert.Equal("tor-bayern-gewinnt", article.Slug);
    }
}
