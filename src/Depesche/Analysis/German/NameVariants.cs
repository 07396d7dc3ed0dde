using Depesche.Analysis.German.Compounds;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;

namespace Depesche.Analysis.German;

/// <summary>
/// The archive's spellings by name key (docs/names.md): each word of the vocabulary (the exact field's words)
/// under the key of its folded form and, when it may be a genitive, of the form without its s. A query word's key
/// then names every transliteration the archive holds (Lukashenko → lukaschenko, lukaschenkos, lukashenko), and
/// the search looks those spellings up in the exact field. Keys are computed here, once per commit, instead of
/// for every capitalised word of every article at ingest, where a field of keys cost a fifth of the ingest time.
/// </summary>
public sealed class NameVariants
{
    private readonly Dictionary<string, string[]> _spellings;

    private NameVariants(Dictionary<string, string[]> spellings) => _spellings = spellings;

    /// <summary>No spellings: name variants find nothing.</summary>
    public static NameVariants Empty { get; } = new([]);

    /// <summary>How many distinct keys.</summary>
    public int Count => _spellings.Count;

    /// <summary>The archive's words with key <paramref name="key"/>, in ordinal order; empty when none.</summary>
    public IReadOnlyList<string> SpellingsOf(string key) => _spellings.TryGetValue(key, out var words) ? words : [];

    /// <summary>Keys every word of <paramref name="vocabulary"/>.</summary>
    public static NameVariants Build(Vocabulary vocabulary)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var keys = new WordKeys();
        foreach (string word in vocabulary.Words)
        {
            foreach (var key in TokenDump.Analyze(keys, "word", word))
            {
                if (!byKey.TryGetValue(key.Term, out var words)) byKey[key.Term] = words = new List<string>(1);
                words.Add(word);
            }
        }
        return new NameVariants(byKey.ToDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The document side of the names chain for one word: folding, then its key and a genitive's.</summary>
    private sealed class WordKeys : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new KeywordTokenizer(reader);
            return new TokenStreamComponents(source, NameKeyAnalyzer.KeyChain(source, documents: true));
        }
    }
}
