using Depesche.Articles;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Articles;

public sealed class SlugTests
{
    [Fact]
    public void A_headline_becomes_lower_case_transliterated_words_joined_by_hyphens()
    {
        Assert.Equal("chinas-verteidigungsminister-verspricht-die-zusammenarbeit-mit-dem-russischen-verbuendeten-weissrussland-zu-verstaerken",
            Slug.FromHeadline("Chinas Verteidigungsminister verspricht, die Zusammenarbeit mit dem russischen Verbündeten Weißrussland zu verstärken"));
    }

    [Theory]
    [InlineData("Fußball: Bayern gewinnt 2:1", "fussball-bayern-gewinnt-2-1")]
    [InlineData("  Café in São Paulo eröffnet!  ", "cafe-in-sao-paulo-eroeffnet")]
    [InlineData("GROẞE PLÄNE für die E-Mail-Affäre", "grosse-plaene-fuer-die-e-mail-affaere")]
    [InlineData("„Wir schaffen das“ – sagt sie", "wir-schaffen-das-sagt-sie")]
    [InlineData("--- Eilmeldung ---", "eilmeldung")]
    public void Punctuation_runs_become_one_hyphen_and_none_at_the_ends(string headline, string slug)
    {
        Assert.Equal(slug, Slug.FromHeadline(headline));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ???")]
    [InlineData("北京")]
    public void A_headline_without_latin_letters_or_digits_gets_artikel(string headline)
    {
        Assert.Equal("artikel", Slug.FromHeadline(headline));
    }

    [Fact]
    public void Slugs_hold_only_lower_case_ascii_letters_digits_and_single_inner_hyphens()
    {
        foreach (string headline in RandomText.Strings().Where(s => !s.Any(char.IsSurrogate)))
        {
            string slug = RandomText.CallWithoutException(headline, Slug.FromHeadline);
            bool shaped = slug.Length is > 0 and <= 200 && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
                && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--");
            if (!shaped || !Slug.IsWellFormed(slug)) Assert.Fail($"slug '{slug}' of {RandomText.Show(headline)}");
        }
    }

    [Fact]
    public void A_long_headline_gives_a_slug_of_at_most_200_characters()
    {
        string slug = Slug.FromHeadline(string.Join(' ', Enumerable.Repeat("Verteidigungsminister", 30)));
        Assert.True(slug.Length <= 200, $"{slug.Length} characters");
        Assert.StartsWith("verteidigungsminister-verteidigungsminister-", slug);
        Assert.True(Slug.IsWellFormed(slug));
    }

    [Fact]
    public void A_long_headline_is_cut_between_words()
    {
        string slug = Slug.FromHeadline(string.Join(' ', Enumerable.Repeat("Verteidigungsminister", 30)));
        Assert.True(slug.Length <= 200, $"{slug.Length} characters");
        Assert.All(slug.Split('-'), word => Assert.Equal("verteidigungsminister", word));
    }

    [Fact]
    public void A_headline_with_an_emoji_still_gets_a_slug()
    {
        Assert.Equal("tor-bayern-gewinnt", Slug.FromHeadline("Tor! 😀 Bayern gewinnt"));
    }

    [Theory]
    [InlineData("chinas-verteidigungsminister", true)]
    [InlineData("artikel", true)]
    [InlineData("2024-wahl-1", true)]
    [InlineData("../etc", false)]
    [InlineData("..", false)]
    [InlineData("a/b", false)]
    [InlineData("a\\b", false)]
    [InlineData("", false)]
    [InlineData("Weissrussland", false)]
    [InlineData("weiß", false)]
    [InlineData("a b", false)]
    [InlineData("a.b", false)]
    [InlineData("%2e%2e", false)]
    public void Only_slug_shaped_text_is_well_formed_so_it_can_never_name_a_path(string text, bool wellFormed)
    {
        Assert.Equal(wellFormed, Slug.IsWellFormed(text));
    }

    [Fact]
    public void A_text_longer_than_any_slug_is_not_well_formed()
    {
        Assert.True(Slug.IsWellFormed(new string('a', 200)));
        Assert.False(Slug.IsWellFormed(new string('a', 201)));
    }
}
