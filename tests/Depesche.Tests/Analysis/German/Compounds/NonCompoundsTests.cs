using Depesche.Analysis.German.Compounds;

namespace Depesche.Tests.Analysis.German.Compounds;

/// <summary>
/// <c>TestData/German/non-compounds.txt</c>: 300 capitalised words drawn at random from an archive's vocabulary
/// and kept by hand because they are not compounds. Here they must all stay whole even when every one is a
/// hapax and the vocabulary knows common words hidden inside them; the measurement against a real archive's
/// vocabulary is bench/compounds.sh.
/// </summary>
public sealed class NonCompoundsTests
{
    // Real words that begin or end one of the non-compounds (Arm in Armut, Rat in Apparat, Zins in Magazins).
    private static readonly string[] Fragments =
    [
        "arm", "rat", "wand", "hall", "halle", "alle", "app", "list", "rast", "abhängig", "bar", "bau", "bunt", "hof",
        "hoffnung", "intern", "lieb", "liebe", "mai", "müll", "müller", "neu", "neutral", "park", "ruhe", "sozial",
        "telefon", "traum", "trauma", "wille", "zoll", "österreich", "aktion", "anna", "court", "ding", "ende",
        "falls", "fern", "haft", "inder", "kern", "lage", "lanz", "mond", "ruf", "richtung", "schnitt", "stieg",
        "teure", "ton", "tor", "zelt", "zins", "reich", "kontra", "urlaub", "manipulation", "theater", "kiefer",
    ];

    private static IReadOnlyList<string> NonCompounds() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "German", "non-compounds.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    [Fact]
    public void The_list_holds_300_distinct_capitalised_words()
    {
        var words = NonCompounds();
        Assert.Equal(300, words.Count);
        Assert.Equal(300, words.Distinct(StringComparer.Ordinal).Count());
        Assert.All(words, w => Assert.True(char.IsUpper(w[0]) && w.All(char.IsLetter), w));
    }

    [Fact]
    public void No_non_compound_splits_even_among_common_fragments()
    {
        var words = NonCompounds();
        var vocabulary = words.Select(w => KeyValuePair.Create(w.ToLowerInvariant(), 1))
            .Concat(Fragments.Select(f => KeyValuePair.Create(f, 100)))
            .DistinctBy(kv => kv.Key);
        var splitter = new CompoundSplitter(new Vocabulary(vocabulary));
        var split = words.Select(w => (Word: w, Split: splitter.Split(w))).Where(x => x.Split is not null)
            .Select(x => $"{x.Word} → {x.Split}").ToList();
        Assert.True(split.Count == 0, string.Join(", ", split));
    }
}
