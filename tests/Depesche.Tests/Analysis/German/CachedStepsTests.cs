using Depesche.Analysis.German;
using Depesche.Index;
using Depesche.Tests.TestSupport;
using Lucene.Net.Analysis;

namespace Depesche.Tests.Analysis.German;

public sealed class CachedStepsTests
{
    /// <summary>Every step of the German chain run as it is, without the cache of word-by-word results.</summary>
    internal static readonly Analyzer Uncached = new GermanTextAnalyzer(Stemming.Default, steps: GermanTextAnalyzer.Steps(Stemming.Default, false).Count);

    [Fact]
    public void Gives_the_tokens_of_the_uncached_chain_on_first_sight_and_from_the_cache()
    {
        var cached = new GermanTextAnalyzer();
        var texts = RandomText.Strings().Concat(["Weißrussland Weissrussland Schifffahrt Ergebnisse Corona-Krise über das Café"]).ToList();
        foreach (var text in texts.Concat(texts))
            Assert.Equal(TokenDump.Analyze(Uncached, Schema.Body, text), TokenDump.Analyze(cached, Schema.Body, text));
    }

    [Fact]
    public void Gives_the_same_tokens_once_its_cache_is_full()
    {
        var words = new[] { "Verteidigungsminister", "Weißrussland", "der", "Häuser", "Verteidigungsminister", "Häuser" };
        var full = new CachedSteps(Words(words), t => Stemming.Apply(Folding.Apply(t), Stemming.Default), maxEntries: 1);
        var roomy = new CachedSteps(Words(words), t => Stemming.Apply(Folding.Apply(t), Stemming.Default), CachedSteps.DocumentEntries);
        var expected = TokenDump.Read(Stemming.Apply(Folding.Apply(Words(words)), Stemming.Default));
        Assert.Equal(expected, TokenDump.Read(full));
        Assert.Equal(expected, TokenDump.Read(roomy));
    }

    [Fact]
    public void Keeps_every_output_of_a_word_and_the_position_of_a_dropped_one()
    {
        // The names chain keys a possible genitive twice (same position) and drops short words and stop words.
        var chain = new CachedSteps(Words("Selenskyjs", "und", "Putin", "Selenskyjs"), w => NameKeyAnalyzer.KeyChain(w, documents: true), CachedSteps.DocumentEntries);
        var expected = TokenDump.Read(NameKeyAnalyzer.KeyChain(Words("Selenskyjs", "und", "Putin", "Selenskyjs"), documents: true));
        Assert.Equal(expected.Select(t => t.Token), TokenDump.Read(chain).Select(t => t.Token));
        Assert.Equal(5, expected.Count);
    }

    private static TokenStream Words(params string[] words)
    {
        var tape = new TokenTape();
        foreach (var w in words) tape.Add(w, 1);
        var replay = new TokenTape.Replay();
        replay.Play(tape, 0, tape.Count);
        return replay;
    }
}
