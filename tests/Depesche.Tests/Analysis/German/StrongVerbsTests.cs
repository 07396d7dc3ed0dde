using Depesche.Analysis.German;

namespace Depesche.Tests.Analysis.German;

/// <summary>The forms of a strong verb meet, whatever vowel the form has; a prefixed verb stays apart from the plain one.</summary>
public sealed class StrongVerbsTests
{
    [Theory]
    [InlineData("gewann", "gewonnen", "gewinnen")]
    [InlineData("gewonnen", "gewann", "gewinnt")]
    [InlineData("schrieb", "geschrieben", "schreibt")]
    [InlineData("geschriebene", "schrieben", "schreiben")]
    [InlineData("liegt", "lag", "gelegen")]
    [InlineData("gibt", "gab", "gegeben")]
    [InlineData("brachte", "gebracht", "bringen")]
    [InlineData("verlor", "verloren", "verlieren")]
    [InlineData("ausgesprochen", "aussprach", "auszusprechen")]
    [InlineData("unterschrieb", "unterschrieben", "unterschreibt")]
    [InlineData("ließ", "lassen", "gelassen")]
    [InlineData("empfing", "empfangen", "empfangt")]
    public void A_form_lists_the_verbs_other_forms(string word, string form, string other)
    {
        var forms = StrongVerbs.FormsOf(word);
        Assert.Contains(form, forms);
        Assert.Contains(other, forms);
        Assert.Contains(WordFold.Of(word), forms);
    }

    [Fact]
    public void A_prefixed_verb_is_another_verb()
    {
        Assert.DoesNotContain("unterschrieben", StrongVerbs.FormsOf("schrieb"));
        Assert.DoesNotContain("geschrieben", StrongVerbs.FormsOf("unterschrieb"));
    }

    [Theory]
    [InlineData("Band")]       // the noun (binden: band)
    [InlineData("Fall")]       // the noun (fallen)
    [InlineData("haus")]
    [InlineData("gestern")]
    [InlineData("sagte")]      // a weak verb: the stemmer's endings are enough
    [InlineData("war")]        // auxiliaries are left out
    [InlineData("")]
    public void Capitalised_words_weak_verbs_and_auxiliaries_have_none(string word)
    {
        Assert.Empty(StrongVerbs.FormsOf(word));
    }

    [Fact]
    public void Folds_as_the_word_families_do()
    {
        Assert.Equal("grosse", WordFold.Of("Größe"));
        Assert.Contains("geschlossen", StrongVerbs.FormsOf("schließt"));
    }
}
