using Depesche.Analysis.German;
using Depesche.Articles;
using Depesche.Index;
using Depesche.Ingest;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Depesche.Bench;

/// <summary>
/// What Lucene's in-memory inversion of the body and exact fields costs a token, against a prototype that inverts
/// the same tokens into postings of its own, keyed by term ids: the question whether inverting outside Lucene (and
/// handing Lucene finished segments) would pay. One thread, CPU time, best of three; nothing is written to disk.
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
        Report(output, tokens, analysis, IngestStages.Measure(output, "term ids only", () =>
        {
            var body = new TermIdInversion(positions: true);
            var exact = new TermIdInversion(positions: false);
            foreach (var a in articles)
            {
                chain.Analyse(a.Headline, a.Body);
                body.LookUp(chain.BodyTape);
                exact.LookUp(chain.ExactTape);
            }
        }));
        Report(output, tokens, analysis, IngestStages.Measure(output, "term ids and postings", () =>
        {
            var body = new TermIdInversion(positions: true);
            var exact = new TermIdInversion(positions: false);
            int doc = 0;
            foreach (var a in articles)
            {
                chain.Analyse(a.Headline, a.Body);
                body.Add(chain.BodyTape, doc);
                exact.Add(chain.ExactTape, doc);
                doc++;
            }
        }, runs: 2));
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

    /// <summary>
    /// A field's postings in memory: a term's id from a dictionary of its characters, then its document deltas
    /// (and frequencies, or position deltas) appended to its own chain of blocks in one shared pool, as Lucene
    /// keeps them but without the byte hash, the UTF-8 encoding and the variable-length bytes. A prototype.
    /// </summary>
    private sealed class TermIdInversion(bool positions)
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private int[] _lastDoc = new int[1024];
        private int[] _freq = new int[1024];
        private int[] _lastPosition = new int[1024];
        private int[] _writeAt = new int[1024];
        private int[] _blockEnd = new int[1024];
        private int[] _blockSize = new int[1024];
        private int[] _pool = new int[1 << 20];
        private int _used;

        public void LookUp(TokenTape tape)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int i = 0; i < tape.Count; i++)
                if (!lookup.ContainsKey(tape.Term(i))) lookup[tape.Term(i)] = _ids.Count;
        }

        public void Add(TokenTape tape, int doc)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            int position = -1;
            for (int i = 0; i < tape.Count; i++)
            {
                var term = tape.Term(i);
                position += tape.Increment(i);
                if (!lookup.TryGetValue(term, out int id)) id = NewTerm(lookup, term);
                if (_lastDoc[id] != doc)
                {
                    if (_lastDoc[id] >= 0 && !positions) Write(id, _freq[id]);
                    Write(id, doc - Math.Max(0, _lastDoc[id]));
                    _lastDoc[id] = doc;
                    _freq[id] = 0;
                    _lastPosition[id] = 0;
                }
                _freq[id]++;
                if (positions)
                {
                    Write(id, position - _lastPosition[id]);
                    _lastPosition[id] = position;
                }
            }
        }

        private int NewTerm(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> term)
        {
            int id = _ids.Count;
            lookup[term] = id;
            if (id == _lastDoc.Length)
            {
                Array.Resize(ref _lastDoc, id * 2);
                Array.Resize(ref _freq, id * 2);
                Array.Resize(ref _lastPosition, id * 2);
                Array.Resize(ref _writeAt, id * 2);
                Array.Resize(ref _blockEnd, id * 2);
                Array.Resize(ref _blockSize, id * 2);
            }
            _lastDoc[id] = -1;
            NewBlock(id, 4);
            return id;
        }

        // A term's block ends in the pool index of its next block; blocks grow to 256 ints.
        private void NewBlock(int id, int size)
        {
            if (_used + size > _pool.Length) Array.Resize(ref _pool, _pool.Length * 2);
            _writeAt[id] = _used;
            _blockEnd[id] = _used + size - 1;
            _blockSize[id] = size;
            _used += size;
        }

        private void Write(int id, int value)
        {
            int at = _writeAt[id];
            if (at == _blockEnd[id])
            {
                NewBlock(id, Math.Min(256, _blockSize[id] * 2));
                _pool[at] = _writeAt[id];
                at = _writeAt[id];
            }
            _pool[at] = value;
            _writeAt[id] = at + 1;
        }
    }
}
