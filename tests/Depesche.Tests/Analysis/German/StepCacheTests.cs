using Depesche.Analysis.German;

namespace Depesche.Tests.Analysis.German;

public sealed class StepCacheTests
{
    [Fact]
    public void Finds_every_word_stored_with_its_own_result_as_the_table_grows()
    {
        var cache = new StepCache(maxEntries: 100_000);
        var words = Enumerable.Range(0, 20_000).Select(i => $"wort{i}").ToList();
        foreach (var (word, i) in words.Select((w, i) => (w, i)))
        {
            // Thirds: the word unchanged, a new term, a result kept aside (none).
            StepOutput[] outputs = (i % 3) switch
            {
                0 => [new StepOutput(word, 1)],
                1 => [new StepOutput("stamm" + i, 1)],
                _ => [],
            };
            cache.Add(word, outputs);
        }
        Assert.Equal(words.Count, cache.Count);
        foreach (var (word, i) in words.Select((w, i) => (w, i)))
        {
            Assert.True(cache.TryFind(word, out var hit), word);
            switch (i % 3)
            {
                case 0:
                    Assert.True(hit.IsWordItself);
                    break;
                case 1:
                    Assert.True(hit.IsNewTerm);
                    Assert.Equal("stamm" + i, cache.Term(hit).ToString());
                    break;
                default:
                    Assert.False(hit.IsOneTerm);
                    Assert.Empty(cache.Others(hit));
                    break;
            }
        }
        Assert.False(cache.TryFind("wort20000", out _));
        Assert.False(cache.TryFind("wort", out _));
    }

    [Fact]
    public void Keeps_several_outputs_and_other_increments_aside()
    {
        var cache = new StepCache(maxEntries: 10);
        cache.Add("selenskyjs", [new StepOutput("slnskjs", 1), new StepOutput("slnskj", 0)]);
        cache.Add("weit", [new StepOutput("weit", 2)]);
        Assert.True(cache.TryFind("selenskyjs", out var both));
        Assert.Equal(["slnskjs", "slnskj"], cache.Others(both).Select(o => o.Term));
        Assert.True(cache.TryFind("weit", out var moved));
        Assert.False(moved.IsOneTerm);
        Assert.Equal(2, cache.Others(moved)[0].Increment);
    }

    [Fact]
    public void Stops_growing_at_its_cap_and_skips_words_too_long_to_hold()
    {
        var cache = new StepCache(maxEntries: 3);
        foreach (var word in new[] { "eins", "zwei", "drei", "vier" }) cache.Add(word, [new StepOutput(word, 1)]);
        Assert.True(cache.Full);
        Assert.Equal(3, cache.Count);
        Assert.False(cache.TryFind("vier", out _));

        var roomy = new StepCache(maxEntries: 10);
        string longWord = new('x', StepCache.MaxWordLength + 1);
        roomy.Add(longWord, [new StepOutput(longWord, 1)]);
        Assert.Equal(0, roomy.Count);
        Assert.False(roomy.TryFind(longWord, out _));
    }
}
