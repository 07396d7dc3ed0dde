using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// One commit's term-dictionary look-ups (each term's state in every segment and its document frequency), kept for
/// the searches that follow. A search looked each of its terms up three or four times (building the query, weighing
/// it, re-ranking by proximity and closeness, weighing highlights), each time in every segment, and a look-up allocates the
/// dictionary's block buffers: 2.7 MB per search at 200,000 articles, most of what the collector then had to free.
/// The commit's reader owns its look-ups: they go when the reader does, so a new commit starts empty and nothing
/// stale is ever read.
/// </summary>
internal sealed class TermLookups
{
    /// <summary>
    /// How many terms a commit keeps (about 1 KB each with a few dozen segments). Words beyond it are looked up
    /// anew each time, as without the cache; the words of frequent queries come first and stay.
    /// </summary>
    public const int Capacity = 8192;

    private static readonly ConditionalWeakTable<IndexReader, TermLookups> PerReader = new();

    private readonly IndexReader _reader;
    private readonly ConcurrentDictionary<Term, TermContext> _contexts = new();
    private readonly ConcurrentDictionary<string, int> _unions = new(StringComparer.Ordinal);

    private TermLookups(IndexReader reader) => _reader = reader;

    /// <summary>The look-ups of <paramref name="reader"/>'s commit (shared by every searcher of that reader).</summary>
    public static TermLookups For(IndexReader reader) => PerReader.GetValue(reader, r => new TermLookups(r));

    /// <summary>How many articles hold <paramref name="term"/> (deleted ones included, as Lucene counts).</summary>
    public int DocFreq(Term term) => Context(term).DocFreq;

    /// <summary>A term query that needs no look-up when weighed against this commit.</summary>
    public TermQuery Query(Term term) => new(term, Context(term));

    /// <summary>
    /// The number of articles holding any of <paramref name="terms"/> (all of one field), worked out by
    /// <paramref name="count"/> once per commit and set of terms.
    /// </summary>
    public int Union(IReadOnlyList<string> terms, string field, Func<IndexReader, IReadOnlyList<string>, int> count)
    {
        string key = field + "\u0001" + string.Join('\u0001', terms);
        if (_unions.TryGetValue(key, out int known)) return known;
        int result = count(_reader, terms);
        if (_unions.Count < Capacity) _unions.TryAdd(key, result);
        return result;
    }

    /// <summary><paramref name="term"/>'s state in every segment, looked up once per commit.</summary>
    public TermContext Context(Term term)
    {
        if (_contexts.TryGetValue(term, out var known)) return known;
        var context = TermContext.Build(_reader.Context, term);
        if (_contexts.Count < Capacity) _contexts.TryAdd(term, context);
        return context;
    }

    /// <summary>
    /// The positions of each of <paramref name="terms"/> (all of one field) in one segment, found from their states in the
    /// commit (<paramref name="contexts"/>, from <see cref="Context"/>) without searching the segment's dictionary; null for
    /// a term the segment does not hold.
    /// </summary>
    public static DocsAndPositionsEnum?[] Positions(AtomicReaderContext leaf, IReadOnlyList<Term> terms, IReadOnlyList<TermContext> contexts)
    {
        var postings = new DocsAndPositionsEnum?[terms.Count];
        if (terms.Count == 0 || leaf.AtomicReader.GetTerms(terms[0].Field)?.GetEnumerator() is not { } termsEnum) return postings;
        for (int i = 0; i < terms.Count; i++)
        {
            if (contexts[i].Get(leaf.Ord) is not { } state) continue;
            termsEnum.SeekExact(terms[i].Bytes, state);
            postings[i] = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, null, DocsAndPositionsFlags.NONE);
        }
        return postings;
    }
}
