using Depesche.Analysis.German;
using Depesche.Articles;
using Depesche.Index;
using Depesche.Ingest;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Depesche.Bench;

/// <summary>
/// What Lucene's in-memory inversion of the body and exact fields costs a token, against <see cref="BatchInversion"/>
/// (what ingest uses instead) and against a prototype given every token's term id (what would be left if nothing had
/// to be looked up). One thread, CPU time, best of three; nothing is written to disk.
/// </summary>
internal static class InversionCost
{
    public static int Run(string corpus, int max, TextWriter output)
    {
        if (!File.Exists(corpus)) throw new BenchInputException($"{corpus}: no such file");
        var now = DateTimeOffset.UtcNow;
        var articles = InputDiscovery.ReadAll([corpus], new ReaderOptions()).Where(i => i.Draft is not null).Take(max)
            .Select(i => ArticleFactory.Create(i.Draft!, now)).ToList();
        var chain = new DocumentChain(Stemming.Default);
        long tokens = 0;
        foreach (var a in articles)
        {
            chain.Analyse(a.Headline, a.Body);
            tokens += chain.BodyTape.Count + chain.ExactTape.Count;
        }
        output.WriteLine($"{articles.Count:N0} articles from {corpus}, {tokens:N0} tokens (body and exact), one thread, best of 3");
        double analysis = IngestStages.Measure(output, "analysis pass", () => { foreach (var a in articles) chain.Analyse(a.Headline, a.Body); });
        Report(output, tokens, analysis, IngestStages.Measure(output, "Lucene, body and exact", () => LuceneInversion(articles, chain), runs: 2));
        Report(output, tokens, analysis, IngestStages.Measure(output, "BatchInversion (ingest)", () =>
        {
            // As ingest: the analysis pass numbers the terms for the batch, so most tokens arrive numbered.
            var batch = new BatchInversion(IndexSettings.Similarity);
            batch.NumberTermsOf(chain);
            foreach (var a in articles)
            {
                chain.Analyse(a.Headline, a.Body);
                batch.Add(chain);
            }
        }, runs: 2));
        // The postings alone, the ids resolved beforehand: what is left when the word cache hands out term ids.
        var bodyIds = new TermIdInversion(positions: true);
        var exactIds = new TermIdInversion(positions: false);
        var resolved = new List<(int[] Body, int[] Increments, int[] Exact)>(articles.Count);
        foreach (var a in articles)
        {
            chain.Analyse(a.Headline, a.Body);
            resolved.Add((bodyIds.Resolve(chain.BodyTape), Increments(chain.BodyTape), exactIds.Resolve(chain.ExactTape)));
        }
        double postings = IngestStages.Measure(output, "postings, ids given", () =>
        {
            bodyIds.Reset();
            exactIds.Reset();
            for (int doc = 0; doc < resolved.Count; doc++)
            {
                bodyIds.Add(resolved[doc].Body, resolved[doc].Increments, doc);
                exactIds.Add(resolved[doc].Exact, null, doc);
            }
        });
        output.WriteLine($"    {postings * 1e6 / tokens:N0} ns a token");
        return 0;
    }

    private static void Report(TextWriter output, long tokens, double analysis, double total) =>
        output.WriteLine($"    beyond the analysis: {total - analysis:N0} ms, {(total - analysis) * 1e6 / tokens:N0} ns a token");

    // Lucene's inversion only: one buffer holds every document, and the writer is rolled back instead of flushed.
    private static void LuceneInversion(List<Article> articles, DocumentChain chain)
    {
        using var dir = new RAMDirectory();
        var config = IndexSettings.WriterConfig(Stemming.Default, TimeSpan.FromSeconds(1));
        config.RAMBufferSizeMB = 1900;
        config.MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH;
        using var writer = new IndexWriter(dir, config);
        foreach (var a in articles)
        {
            chain.Analyse(a.Headline, a.Body);
            writer.AddDocument(new Document
            {
                new Field(Schema.Body, chain.Headline, TextField.TYPE_NOT_STORED),
                new Field(Schema.Body, chain.HeadlineAgain, TextField.TYPE_NOT_STORED),
                new Field(Schema.Body, chain.Body, TextField.TYPE_NOT_STORED),
                new Field(Schema.Exact, chain.Exact, DocumentBuilder.ExactType),
            });
        }
        writer.Rollback();
    }

    private static int[] Increments(TokenTape tape)
    {
        var increments = new int[tape.Count];
        for (int i = 0; i < increments.Length; i++) increments[i] = tape.Increment(i);
        return increments;
    }

    /// <summary>
    /// A field's postings in memory with every token's term id known beforehand (as a word cache could hand them
    /// out): document deltas (and frequencies, or position deltas) appended to the term's own chain of blocks in one
    /// pool, everything a token updates about its term in one record. A prototype: the bound of what is left of
    /// <see cref="BatchInversion"/>'s cost once no term needs looking up.
    /// </summary>
    private sealed class TermIdInversion(bool positions)
    {
        private struct TermState
        {
            public int LastDoc, Freq, LastPosition, WriteAt, BlockEnd, BlockSize;
        }

        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private TermState[] _terms = new TermState[1024];
        private int[] _pool = new int[1 << 20];
        private int _used;

        /// <summary>The term ids of a tape's tokens, new terms given new ids.</summary>
        public int[] Resolve(TokenTape tape)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            var ids = new int[tape.Count];
            for (int i = 0; i < ids.Length; i++)
                if (!lookup.TryGetValue(tape.Term(i), out ids[i])) ids[i] = NewTerm(lookup, tape.Term(i));
            return ids;
        }

        public void Add(int[] ids, int[]? increments, int doc)
        {
            int position = -1;
            for (int i = 0; i < ids.Length; i++)
            {
                ref var t = ref _terms[ids[i]];
                if (increments is not null) position += increments[i];
                if (t.BlockSize == 0) NewBlock(ref t, 4);
                if (t.LastDoc != doc)
                {
                    if (t.LastDoc >= 0 && !positions) Write(ref t, t.Freq);
                    Write(ref t, doc - Math.Max(0, t.LastDoc));
                    t.LastDoc = doc;
                    t.Freq = 0;
                    t.LastPosition = 0;
                }
                t.Freq++;
                if (positions)
                {
                    Write(ref t, position - t.LastPosition);
                    t.LastPosition = position;
                }
            }
        }

        /// <summary>Forgets the postings, keeping the term ids.</summary>
        public void Reset()
        {
            Array.Fill(_terms, new TermState { LastDoc = -1 }, 0, _ids.Count);
            _used = 0;
        }

        private int NewTerm(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> term)
        {
            int id = _ids.Count;
            lookup[term] = id;
            if (id == _terms.Length) Array.Resize(ref _terms, id * 2);
            _terms[id] = new TermState { LastDoc = -1 };
            return id;
        }

        // A term's block ends in the pool index of its next block; blocks grow to 256 ints.
        private void NewBlock(ref TermState t, int size)
        {
            if (_used + size > _pool.Length) Array.Resize(ref _pool, _pool.Length * 2);
            t.WriteAt = _used;
            t.BlockEnd = _used + size - 1;
            t.BlockSize = size;
            _used += size;
        }

        private void Write(ref TermState t, int value)
        {
            int at = t.WriteAt;
            if (at == t.BlockEnd)
            {
                NewBlock(ref t, Math.Min(256, t.BlockSize * 2));
                _pool[at] = t.WriteAt;
                at = t.WriteAt;
            }
            _pool[at] = value;
            t.WriteAt = at + 1;
        }
    }
}
