using Depesche.Ingest;

namespace Depesche.Tests.Ingest;

public sealed class LeadSentenceTests
{
    [Theory]
    [InlineData("Zwei Tote bei Unfall. Linz – Auf der A7 kam es zu einem Unfall.", "Zwei Tote bei Unfall", "Linz – Auf der A7 kam es zu einem Unfall.")]
    [InlineData("Wer zahlt? Die Gemeinde lehnt ab.", "Wer zahlt?", "Die Gemeinde lehnt ab.")]
    [InlineData("St. Martin zieht durch Graz. Kinder tragen Laternen.", "St. Martin zieht durch Graz", "Kinder tragen Laternen.")]
    [InlineData("Der 1. FC verliert erneut. Der Trainer bleibt.", "Der 1. FC verliert erneut", "Der Trainer bleibt.")]
    [InlineData("Regen u.a. in Tirol erwartet. Dazu Wind.", "Regen u.a. in Tirol erwartet", "Dazu Wind.")]
    [InlineData("Verlust reißt Loch.. Wien – Die Bank meldet Zahlen.", "Verlust reißt Loch", "Wien – Die Bank meldet Zahlen.")]
    [InlineData("Strafe für Absprachen bis Juli 2011. Traun – Das Gericht urteilt.", "Strafe für Absprachen bis Juli 2011", "Traun – Das Gericht urteilt.")]
    [InlineData("Minister: \"Wir handeln\". Berlin – Die Regierung plant.", "Minister: \"Wir handeln\"", "Berlin – Die Regierung plant.")]
    [InlineData("Nur ein Satz.", "Nur ein Satz", "Nur ein Satz.")]
    [InlineData("Ohne Punkt", "Ohne Punkt", "Ohne Punkt")]
    public void SplitsAtTheFirstSentence(string text, string headline, string body)
    {
        Assert.Equal((headline, body), LeadSentence.Split(text));
    }

    [Fact]
    public void CutsAnOverlongFirstSentenceAtAWord()
    {
        string text = string.Join(' ', Enumerable.Repeat("Wort", 100)) + ". Danach mehr.";

        var (headline, body) = LeadSentence.Split(text);

        Assert.True(headline.Length <= LeadSentence.MaxHeadline + 2);
        Assert.EndsWith("Wort …", headline);
        Assert.Equal(text, body);
    }
}
