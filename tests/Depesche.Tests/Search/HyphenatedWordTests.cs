using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

/// <summary>In a question, a hyphenated word also finds its parts written apart, below the word itself.</summary>
public sealed class HyphenatedWordTests : IDisposable
{
    private readonly TestArchive _archive = new([
        Draft("Kabelnetz wird umbenannt", "Die NTL-Dienste heißen künftig anders, teilte der Betreiber mit."),
        Draft("Neuer Name für Kabelanbieter", "Der Anbieter NTL tritt unter einer neuen Marke auf."),
        Draft("Sender bündelt Angebot", "Zum Portfolio von BSkyB zählt auch der Sport am Wochenende."),
        Draft("Rathaus bleibt städtisch", "Das Haus gehört weiter der Stadt."),
        Draft("Wetter am Wochenende", "Sonne im Süden, Regen im Norden, der Dienst habende Meteorologe warnt vor Gewittern."),
    ]);

    [Fact]
    public void A_question_counts_each_part_on_its_own_below_the_word()
    {
        var hits = _archive.Headlines("Wie heißen die NTL-Dienste jetzt?");
        Assert.Equal("Kabelnetz wird umbenannt", hits[0]);
        Assert.Contains("Neuer Name für Kabelanbieter", hits);
    }

    [Fact]
    public void A_question_counts_each_part_on_its_own()
    {
        var hits = _archive.Headlines("Was gehörte zum BSkyB-Sportportfolio?");
        Assert.Contains("Sender bündelt Angebot", hits);
        Assert.Contains("Rathaus bleibt städtisch", hits);
    }

    public void Dispose() => _archive.Dispose();
}
