using Depesche.Analysis.German.Compounds;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Analysis.German.Compounds;

public sealed class VocabularyTests
{
    [Fact]
    public void An_archive_gives_the_lower_cased_words_of_headline_and_body_with_their_document_frequency()
    {
        using var archive = new TestArchive([
            TestArchive.Draft("Neue Sporthalle in Passau", "Die Halle steht seit 2024. Sport für alle."),
            TestArchive.Draft("Sport am Wochenende", "Die Halle ist voll; 3G-Regel, 100 Plätze."),
        ]);
        var vocabulary = Vocabulary.FromArchive(archive.Archive);
        Assert.Equal(2, vocabulary.Frequency("sport"));
        Assert.Equal(2, vocabulary.Frequency("halle"));
        Assert.Equal(1, vocabulary.Frequency("sporthalle"));
        Assert.Equal(1, vocabulary.Frequency("plätze"));
        Assert.Equal(0, vocabulary.Frequency("Sport"));
        Assert.DoesNotContain(vocabulary.Words, w => w.Any(char.IsDigit) || w.Length < 2);
        Assert.False(vocabulary.Contains("2024"));
    }

    [Fact]
    public void A_word_list_adds_its_words_as_common_ones()
    {
        using var folder = new TempDirectory();
        string list = folder.Write("words.txt", "# eigene Wörter\nPony\n\nschule\nsport\n1990er\n");
        var vocabulary = new Vocabulary([KeyValuePair.Create("sport", 500), KeyValuePair.Create("pony", 2)]).WithWordList(list);
        Assert.Equal(500, vocabulary.Frequency("sport"));
        Assert.Equal(Vocabulary.UserWordFrequency, vocabulary.Frequency("pony"));
        Assert.Equal(Vocabulary.UserWordFrequency, vocabulary.Frequency("schule"));
        Assert.Equal(3, vocabulary.Count);
    }

    [Fact]
    public void A_missing_word_list_is_a_usage_error()
    {
        var e = Assert.Throws<DepescheException>(() => new Vocabulary([]).WithWordList("/no/such/words.txt"));
        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Contains("/no/such/words.txt", e.Message);
    }
}
