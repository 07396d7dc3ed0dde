using System.Text;
using Depesche.Analysis.German.Compounds;
using Depesche.Index;
using Lucene.Net.Index;
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

    private const string CacheKind = "names";

    /// <summary>The spellings cached in the data folder for <paramref name="reader"/>'s commit, or null (see <see cref="CommitCache"/>).</summary>
    public static NameVariants? Cached(string dataFolder, DirectoryReader reader) => CommitCache.TryLoad(dataFolder, CacheKind, reader, Load);

    /// <summary>
    /// Keys the words of <paramref name="reader"/>'s commit, <paramref name="vocabulary"/> (about 0.6 s at 200,000
    /// articles), and caches the spellings for later processes (see <see cref="Cached"/>).
    /// </summary>
    public static NameVariants BuildAndCache(string dataFolder, DirectoryReader reader, Vocabulary vocabulary)
    {
        var names = Build(vocabulary);
        CommitCache.TrySave(dataFolder, CacheKind, reader, names.Save);
        return names;
    }

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

    private void Save(string path)
    {
        using var output = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var (key, words) in _spellings) output.WriteLine($"{key}\t{string.Join(' ', words)}");
    }

    private static NameVariants Load(string path)
    {
        var spellings = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1) throw new FormatException($"{path}: unexpected line");
            spellings[line[..tab]] = line[(tab + 1)..].Split(' ');
        }
        return new NameVariants(spellings);
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
