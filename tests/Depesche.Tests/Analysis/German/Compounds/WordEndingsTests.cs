using Depesche.Analysis.German.Compounds;

namespace Depesche.Tests.Analysis.German.Compounds;

public sealed class WordEndingsTests
{
    private readonly WordEndings _endings = new(["land", "ausland", "inland", "russland", "landrat", "rat", "stadtrat", "apparat", "motor", "rotor", "tor"]);

    [Fact]
    public void Lists_the_longer_words_ending_with_a_head()
    {
        Assert.Equal(["ausland", "inland", "russland"], _endings.WordsEndingWith("land").Order(StringComparer.Ordinal));
        Assert.Equal(["apparat", "landrat", "stadtrat"], _endings.WordsEndingWith("rat").Order(StringComparer.Ordinal));
        Assert.Empty(_endings.WordsEndingWith("zug"));
        Assert.Empty(_endings.WordsEndingWith("russland"));
    }

    [Fact]
    public void Counts_the_words_of_five_letters_or_more_ending_in_the_same_three_letters()
    {
        Assert.Equal(2, _endings.WordsEndingLike("tachorotor"));
        Assert.Equal(3, _endings.WordsEndingLike("kaland"));
        Assert.Equal(0, _endings.WordsEndingLike("ambu"));
        Assert.Equal(0, _endings.WordsEndingLike("ab"));
    }
}
