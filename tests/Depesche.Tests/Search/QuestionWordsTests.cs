using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

public sealed class QuestionWordsTests : IDisposable
{
    private const string Fort = "Bau am Fluss: die Festung der Händler";
    private const string Naming = "Wie der neue Stadtteil am Fluss heißen soll";

    private readonly TestArchive _archive = new([
        Draft(Fort, "Die Händler errichteten 1754 am Fluss ein Fort aus Holz. Das Fort hieß bald nach dem Gouverneur der Kolonie."),
        Draft(Naming, "Wie lautet der Name, der am besten passt? Viele Namen wurden genannt, und der Name lautet noch nicht fest. "
            + "Der Stadtteil am Fluss soll im Frühjahr seinen Namen bekommen."),
        Draft("Namensstreit beigelegt", "Athen und Skopje einigten sich nach Jahren auf den Namen Nordmazedonien."),
    ]);

    [Fact]
    public void A_question_is_searched_for_what_it_asks_about_not_for_its_phrasing()
    {
        var response = _archive.Find("Wie lautet der Name des Forts am Fluss?");
        Assert.Equal(Fort, response.Hits[0].Headline);
        Assert.Contains(response.Notes, n => n.Code == "question-word" && n.Message.StartsWith("'lautet' at position 4"));
        Assert.Contains(response.Notes, n => n.Code == "question-word" && n.Message.StartsWith("'Name' at position 15"));
    }

    [Fact]
    public void Without_a_question_word_the_same_words_are_searched()
    {
        var response = _archive.Find("Streit um den Namen Nordmazedonien Athen Skopje");
        Assert.DoesNotContain(response.Notes, n => n.Code == "question-word");
        Assert.Equal("Namensstreit beigelegt", response.Hits[0].Headline);
    }

    [Fact]
    public void A_question_of_scaffolding_only_keeps_its_words()
    {
        var response = _archive.Find("Wie viele Namen wurden genannt");
        Assert.DoesNotContain(response.Notes, n => n.Code == "question-word");
        Assert.Equal(Naming, response.Hits[0].Headline);
    }

    public void Dispose() => _archive.Dispose();
}
