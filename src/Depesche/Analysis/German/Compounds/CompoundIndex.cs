using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Depesche.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace Depesche.Analysis.German.Compounds;

/// <summary>
/// Which compounds of the archive contain which parts, in the terms of the stemmed body field:
/// <c>minist</c> → <c>verteidigungsminist</c>, <c>aussenminist</c>, ...; and the parts of each compound.
/// Search uses it at query time, so words learned from articles ingested later also help articles
/// stored earlier: nothing is decided at index time. Built from the <c>exact</c> field's vocabulary with
/// <see cref="CompoundSplitter"/>, once per commit, and kept in the data folder (<c>cache/</c>) so that
/// the next process only reads it.
/// </summary>
public sealed class CompoundIndex
{
    /// <summary>The most frequent compounds kept per part.</summary>
    public const int MaxCompoundsPerPart = 12;

    private const int MinWordLength = 6;
    private readonly Dictionary<string, string[]> _compoundsByPart;
    private readonly Dictionary<string, (string Modifier, string Head)> _partsByCompound;

    private CompoundIndex(Dictionary<string, string[]> compoundsByPart, Dictionary<string, (string, string)> partsByCompound)
    {
        _compoundsByPart = compoundsByPart;
        _partsByCompound = partsByCompound;
    }

    /// <summary>An index that knows no compounds.</summary>
    public static CompoundIndex Empty { get; } = new([], []);

    /// <summary>Stemmed compounds that have <paramref name="partStem"/> as head or modifier, most frequent first.</summary>
    public IReadOnlyList<string> CompoundsWith(string partStem) =>
        _compoundsByPart.TryGetValue(partStem, out var compounds) ? compounds : [];

    /// <summary>The stemmed modifier and head of a stemmed compound the archive holds, if it is one.</summary>
    public (string Modifier, string Head)? PartsOf(string compoundStem) =>
        _partsByCompound.TryGetValue(compoundStem, out var parts) ? parts : null;

    /// <summary>
    /// Splits every word of <paramref name="vocabulary"/>; <paramref name="german"/> maps words to body-field terms. Up to
    /// <paramref name="threads"/> threads split at once (-1: as many as the thread pool gives).
    /// </summary>
    public static CompoundIndex Build(Vocabulary vocabulary, Analyzer german, int threads = -1)
    {
        var splitter = new CompoundSplitter(vocabulary);
        var found = new ConcurrentBag<(string Compound, string Modifier, string Head, int Frequency, bool Inner)>();
        // The shared pool, also when called from a server's search threads (their scheduler is the current one).
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, TaskScheduler = TaskScheduler.Default };
        Parallel.ForEach(vocabulary.Words.Where(w => w.Length >= MinWordLength), options, word =>
        {
            var split = splitter.Split(word);
            if (split is null) return;
            string? compound = Stem(german, word);
            string? head = Stem(german, split.Head);
            string? modifier = Stem(german, split.ModifierLemma);
            if (compound is null || head is null || modifier is null || compound == head) return;
            found.Add((compound, modifier, head, vocabulary.Frequency(word), false));
            // One level down: Bundesverteidigungsminister also holds Verteidigung.
            if (splitter.Split(split.ModifierLemma) is { } inner && Stem(german, inner.Head) is { } innerHead && innerHead != modifier)
                found.Add((compound, innerHead, head, vocabulary.Frequency(word), true));
        });
        var byPart = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var parts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        // In an order that does not depend on the threads (the bag's order varied from run to run, and with it the parts
        // a compound query also looks for written apart): a compound's parts are those a level down when it has them
        // (Bundesverteidigungsminister: Verteidigung and Minister, as a text writes them apart), of its most frequent
        // spelling when several words share its stem.
        var ordered = found.OrderBy(f => f.Compound, StringComparer.Ordinal).ThenBy(f => !f.Inner).ThenByDescending(f => f.Frequency)
            .ThenBy(f => f.Modifier, StringComparer.Ordinal).ThenBy(f => f.Head, StringComparer.Ordinal);
        foreach (var (compound, modifier, head, frequency, _) in ordered)
        {
            parts.TryAdd(compound, (modifier, head));
            foreach (string part in new[] { modifier, head })
            {
                if (!byPart.TryGetValue(part, out var set)) byPart[part] = set = new Dictionary<string, int>(StringComparer.Ordinal);
                set[compound] = set.GetValueOrDefault(compound) + frequency;
            }
        }
        return new CompoundIndex(
            byPart.ToDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(MaxCompoundsPerPart).Select(c => c.Key).ToArray(), StringComparer.Ordinal),
            parts);
    }

    /// <summary>The index cached in the data folder for <paramref name="reader"/>'s commit, or null (see <see cref="CommitCache"/>).</summary>
    public static CompoundIndex? Cached(string dataFolder, DirectoryReader reader) => CommitCache.TryLoad(dataFolder, CacheKind, reader, Load);

    /// <summary>
    /// Builds the index for <paramref name="reader"/>'s commit, whose words are <paramref name="vocabulary"/> (on up to
    /// <paramref name="threads"/> threads), and caches it for later processes (see <see cref="Cached"/>).
    /// </summary>
    public static CompoundIndex BuildAndCache(string dataFolder, DirectoryReader reader, Vocabulary vocabulary, Analyzer german, int threads = -1)
    {
        var index = Build(vocabulary, german, threads);
        CommitCache.TrySave(dataFolder, CacheKind, reader, index.Save);
        return index;
    }

    private const string CacheKind = "compounds";

    private void Save(string path)
    {
        using var output = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var (compound, (modifier, head)) in _partsByCompound) output.WriteLine($"p\t{compound}\t{modifier}\t{head}");
        foreach (var (part, compounds) in _compoundsByPart) output.WriteLine($"c\t{part}\t{string.Join(' ', compounds)}");
    }

    private static CompoundIndex Load(string path)
    {
        var byPart = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length == 4 && f[0] == "p") parts[f[1]] = (f[2], f[3]);
            else if (f.Length == 3 && f[0] == "c") byPart[f[1]] = f[2].Split(' ');
            else throw new FormatException($"{path}: unexpected line");
        }
        return new CompoundIndex(byPart, parts);
    }

    private static string? Stem(Analyzer german, string word) =>
        TokenDump.Analyze(german, Schema.Body, word) is [var only] ? only.Term : null;
}
