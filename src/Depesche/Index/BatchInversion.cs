using System.Text;
using Depesche.Analysis.German;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Depesche.Index;

/// <summary>
/// The body and exact fields of a batch of documents, inverted outside Lucene from the analysis pass's tapes and read
/// back through <see cref="Reader"/>, an <see cref="AtomicReader"/> of those two fields that
/// <see cref="IndexWriter.AddIndexes(IndexReader[])"/> writes into a segment. The segment equals the one Lucene's own
/// inversion writes (same terms, statistics, positions and norms; tested). Lucene finds each token's term in a hash
/// of its UTF-8 bytes and updates several parallel arrays, which waits on memory: 190–200 ns a token against 60–80
/// here, of which the postings take 13 (docs/benchmarks.md, session 17). One per indexing thread; term ids live as
/// long as it does, postings until <see cref="Reset"/>.
/// </summary>
internal sealed class BatchInversion
{
    // GermanTextAnalyzer's gap between the values of a field: the body is indexed as headline, headline, body.
    private const int ValueGap = 100;

    private readonly FieldPostings _body = new(new TermNumbering(), positions: true);
    private readonly FieldPostings _exact = new(new TermNumbering(), positions: false);
    private readonly Similarity _similarity;
    private readonly HashSet<int> _deleted = [];
    private int _docs;

    /// <summary>A batch whose norms <paramref name="similarity"/> computes, as the archive's writer would.</summary>
    public BatchInversion(Similarity similarity) => _similarity = similarity;

    /// <summary>
    /// Lets <paramref name="chain"/> number its terms as this batch does (call before it analyses a document for
    /// the batch): its tapes then carry the numbers, and most tokens need no look-up here.
    /// </summary>
    public void NumberTermsOf(DocumentChain chain) => chain.NumberTerms(_body.Numbering, _exact.Numbering);

    /// <summary>Whether <paramref name="chain"/> numbers its terms as this batch does.</summary>
    public bool IsNumbering(DocumentChain chain) => chain.Numbers(_body.Numbering, _exact.Numbering);

    /// <summary>Documents added since the last <see cref="Reset"/>.</summary>
    public int Count => _docs;

    /// <summary>Bytes the postings take (an estimate, for bounding a batch's memory).</summary>
    public long BytesUsed => _body.BytesUsed + _exact.BytesUsed;

    /// <summary>Adds the next document (number <see cref="Count"/>): what <paramref name="chain"/> analysed last.</summary>
    public void Add(DocumentChain chain)
    {
        int doc = _docs++;
        var tape = chain.BodyTape;
        // The tapes' numbers are this batch's only when the chain numbered its terms for this batch.
        bool numbered = IsNumbering(chain);
        var body = new ValueState();
        _body.AddValue(tape, numbered, 0, chain.HeadlineTokens, chain.HeadlineEnd, doc, ref body);
        body.Position += ValueGap;
        _body.AddValue(tape, numbered, 0, chain.HeadlineTokens, chain.HeadlineEnd, doc, ref body);
        body.Position += ValueGap;
        _body.AddValue(tape, numbered, chain.HeadlineTokens, tape.Count, chain.BodyEnd, doc, ref body);
        _body.AddNorm(Norm(Schema.Body, body));
        var exact = new ValueState();
        _exact.AddValue(chain.ExactTape, numbered, 0, chain.ExactTape.Count, 0, doc, ref exact);
        _exact.AddNorm(Norm(Schema.Exact, exact));
    }

    /// <summary>Leaves document <paramref name="doc"/> of this batch out of the segment (it was replaced).</summary>
    public void Delete(int doc) => _deleted.Add(doc);

    /// <summary>
    /// The batch as a reader of the body and exact fields, its deleted documents left out. Call once, after the last
    /// <see cref="Add"/>; valid until <see cref="Reset"/>.
    /// </summary>
    public AtomicReader Reader()
    {
        _body.Finish();
        _exact.Finish();
        return new BatchReader(this);
    }

    /// <summary>Forgets the documents, keeping the term ids.</summary>
    public void Reset()
    {
        _body.Reset();
        _exact.Reset();
        _deleted.Clear();
        _docs = 0;
    }

    // The norm as Lucene's inverter leaves it: BM25 reads only the length, the overlaps and the boost.
    private long Norm(string field, ValueState state) =>
        _similarity.ComputeNorm(new FieldInvertState(field, state.Position, state.Length, state.Overlaps, 0, 1f));

    /// <summary>Position, length and overlapping tokens of a document's field over its values, as Lucene counts them.</summary>
    private struct ValueState
    {
        public int Position, Length, Overlaps;
    }

    /// <summary>What a token updates about its term, in one place.</summary>
    private struct TermState
    {
        public int LastDoc, Freq, LastPosition, First, WriteAt, BlockEnd, BlockSize, DocFreq;
        public long TotalFreq;
    }

    /// <summary>
    /// One field's postings. A term's postings are a chain of byte blocks (8 bytes, doubling to 1 KB, each ending in
    /// the link to the next) in one pool: per document its delta (the first document plus one), then its frequency
    /// (exact) or its position deltas plus one, ended by 0 (body). A document's entry is closed when the term shows up
    /// in a later document or when the batch is read.
    /// </summary>
    private sealed class FieldPostings(TermNumbering numbering, bool positions)
    {
        public readonly bool Positions = positions;
        public readonly TermNumbering Numbering = numbering;
        private TermState[] _terms = new TermState[1024];
        private int[] _seen = new int[1024];
        private byte[] _pool = new byte[1 << 16];
        private int _used;
        private long[] _norms = new long[1024];
        private int _normCount;
        private int _lastDoc = -1;

        /// <summary>Terms that occur in the batch, as ids.</summary>
        public int Seen { get; private set; }

        public long SumTotalTermFreq { get; private set; }

        public long SumDocFreq { get; private set; }

        public int DocCount { get; private set; }

        public byte[] Pool => _pool;

        public long BytesUsed => _used + 8L * _normCount;

        public ref TermState State(int id) => ref _terms[id];

        public byte[] TermBytes(int id) => Numbering.Bytes(id);

        public long Norm(int doc) => _norms[doc];

        public void AddValue(TokenTape tape, bool numbered, int from, int to, int endIncrement, int doc, ref ValueState state)
        {
            for (int i = from; i < to; i++)
            {
                // As Lucene's DocInverterPerField: the position is the previous one plus the increment, less one.
                int increment = tape.Increment(i);
                int position = state.Position + increment;
                if (position > 0) position--;
                state.Position = position;
                if (increment == 0) state.Overlaps++;
                int id = numbered ? tape.Number(i) : -1;
                Add(id >= 0 ? Grown(id) : Id(tape.Term(i)), doc, position);
                state.Length++;
                state.Position++;
            }
            state.Position += endIncrement;
        }

        public void AddNorm(long norm)
        {
            if (_normCount == _norms.Length) Array.Resize(ref _norms, _normCount * 2);
            _norms[_normCount++] = norm;
        }

        /// <summary>Closes every term's last document; the postings can then be read.</summary>
        public void Finish()
        {
            for (int i = 0; i < Seen; i++) Close(ref _terms[_seen[i]]);
        }

        /// <summary>The ids of the batch's terms in the order of their UTF-8 bytes, as a segment lists them.</summary>
        public int[] SortedTerms()
        {
            var ids = _seen.AsSpan(0, Seen).ToArray();
            Array.Sort(ids, (a, b) => Numbering.Bytes(a).AsSpan().SequenceCompareTo(Numbering.Bytes(b)));
            return ids;
        }

        public void Reset()
        {
            for (int i = 0; i < Seen; i++) _terms[_seen[i]] = default;
            Seen = 0;
            _used = 0;
            _normCount = 0;
            SumTotalTermFreq = SumDocFreq = 0;
            DocCount = 0;
            _lastDoc = -1;
        }

        private int Id(ReadOnlySpan<char> term) => Grown(Numbering.Number(term));

        // Makes room for term number id (numbers are handed out in order, also by the chain).
        private int Grown(int id)
        {
            if (id >= _terms.Length) Array.Resize(ref _terms, Math.Max(_terms.Length * 2, id + 1));
            return id;
        }

        private void Add(int id, int doc, int position)
        {
            ref var t = ref _terms[id];
            if (t.BlockSize == 0)
            {
                if (Seen == _seen.Length) Array.Resize(ref _seen, Seen * 2);
                _seen[Seen++] = id;
                NewBlock(ref t, 8);
                t.First = t.WriteAt;
                t.LastDoc = -1;
                WriteVInt(ref t, doc + 1);
                StartDocument(ref t, doc);
            }
            else if (t.LastDoc != doc)
            {
                Close(ref t);
                WriteVInt(ref t, doc - t.LastDoc);
                StartDocument(ref t, doc);
            }
            t.Freq++;
            t.TotalFreq++;
            SumTotalTermFreq++;
            if (Positions)
            {
                WriteVInt(ref t, position - t.LastPosition + 1);
                t.LastPosition = position;
            }
        }

        private void StartDocument(ref TermState t, int doc)
        {
            t.LastDoc = doc;
            t.Freq = 0;
            t.LastPosition = 0;
            t.DocFreq++;
            SumDocFreq++;
            if (_lastDoc != doc)
            {
                _lastDoc = doc;
                DocCount++;
            }
        }

        private void Close(ref TermState t) => WriteVInt(ref t, Positions ? 0 : t.Freq);

        private void NewBlock(ref TermState t, int size)
        {
            if (_used + size > _pool.Length) Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _used + size));
            t.WriteAt = _used;
            t.BlockEnd = _used + size - 4;
            t.BlockSize = size;
            _used += size;
        }

        private void WriteVInt(ref TermState t, int value)
        {
            uint v = (uint)value;
            while (true)
            {
                if (t.WriteAt == t.BlockEnd)
                {
                    int link = t.BlockEnd;
                    NewBlock(ref t, Math.Min(1024, t.BlockSize * 2));
                    BitConverter.TryWriteBytes(_pool.AsSpan(link, 4), t.WriteAt);
                }
                if (v < 0x80)
                {
                    _pool[t.WriteAt++] = (byte)v;
                    return;
                }
                _pool[t.WriteAt++] = (byte)(v | 0x80);
                v >>= 7;
            }
        }
    }

    /// <summary>Reads a term's chain of blocks, in the sizes they were written.</summary>
    private struct BlockReader(byte[] pool, int first)
    {
        private int _at = first;
        private int _end = first + 8 - 4;
        private int _size = 8;

        public int ReadVInt()
        {
            uint v = 0;
            int shift = 0;
            while (true)
            {
                if (_at == _end)
                {
                    _at = BitConverter.ToInt32(pool, _end);
                    _size = Math.Min(1024, _size * 2);
                    _end = _at + _size - 4;
                }
                byte b = pool[_at++];
                v |= (uint)(b & 0x7f) << shift;
                if (b < 0x80) return (int)v;
                shift += 7;
            }
        }
    }

    private sealed class BatchReader : AtomicReader
    {
        private readonly BatchInversion _batch;
        private readonly FieldInfos _infos;
        private readonly BatchFields _fields;
        private readonly IBits? _live;

        public BatchReader(BatchInversion batch)
        {
            _batch = batch;
            _infos = new FieldInfos([
                new FieldInfo(Schema.Body, true, 0, false, false, false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, DocValuesType.NONE,
                    DocValuesType.NUMERIC, null),
                new FieldInfo(Schema.Exact, true, 1, false, false, false, IndexOptions.DOCS_AND_FREQS, DocValuesType.NONE,
                    DocValuesType.NUMERIC, null),
            ]);
            _fields = new BatchFields(new BatchTerms(batch._body), new BatchTerms(batch._exact));
            if (batch._deleted.Count > 0)
            {
                var live = new FixedBitSet(batch._docs);
                live.Set(0, batch._docs);
                foreach (int doc in batch._deleted) live.Clear(doc);
                _live = live;
            }
        }

        public override Fields Fields => _fields;

        public override FieldInfos FieldInfos => _infos;

        public override IBits? LiveDocs => _live;

        public override int NumDocs => _batch._docs - _batch._deleted.Count;

        public override int MaxDoc => _batch._docs;

        public override NumericDocValues? GetNumericDocValues(string field) => null;

        public override BinaryDocValues? GetBinaryDocValues(string field) => null;

        public override SortedDocValues? GetSortedDocValues(string field) => null;

        public override SortedSetDocValues? GetSortedSetDocValues(string field) => null;

        public override IBits? GetDocsWithField(string field) => null;

        public override NumericDocValues? GetNormValues(string field) =>
            field == Schema.Body ? new Norms(_batch._body) : field == Schema.Exact ? new Norms(_batch._exact) : null;

        public override Fields? GetTermVectors(int docID) => null;

        public override void Document(int docID, StoredFieldVisitor visitor)
        {
        }

        public override void CheckIntegrity()
        {
        }

        protected override void DoClose()
        {
        }
    }

    private sealed class Norms(FieldPostings postings) : NumericDocValues
    {
        public override long Get(int docID) => postings.Norm(docID);
    }

    private sealed class BatchFields(BatchTerms body, BatchTerms exact) : Fields
    {
        public override IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)[Schema.Body, Schema.Exact]).GetEnumerator();

        public override Terms? GetTerms(string field) => field == Schema.Body ? body : field == Schema.Exact ? exact : null;

        public override int Count => 2;
    }

    private sealed class BatchTerms(FieldPostings postings) : Terms
    {
        private int[]? _sorted;

        public int[] Sorted => _sorted ??= postings.SortedTerms();

        public FieldPostings Field => postings;

        public override TermsEnum GetEnumerator() => new BatchTermsEnum(this);

        public override IComparer<BytesRef> Comparer => BytesRef.UTF8SortedAsUnicodeComparer;

        public override long Count => postings.Seen;

        public override long SumTotalTermFreq => postings.SumTotalTermFreq;

        public override long SumDocFreq => postings.SumDocFreq;

        public override int DocCount => postings.DocCount;

        public override bool HasFreqs => true;

        public override bool HasOffsets => false;

        public override bool HasPositions => postings.Positions;

        public override bool HasPayloads => false;
    }

    /// <summary>The terms in order, for a merge: it moves forward only.</summary>
    private sealed class BatchTermsEnum(BatchTerms terms) : TermsEnum
    {
        private readonly int[] _sorted = terms.Sorted;
        private readonly BytesRef _term = new();
        private int _ord = -1;

        public override IComparer<BytesRef> Comparer => BytesRef.UTF8SortedAsUnicodeComparer;

        public override BytesRef Term => _term;

        public override long Ord => _ord;

        public override int DocFreq => terms.Field.State(_sorted[_ord]).DocFreq;

        public override long TotalTermFreq => terms.Field.State(_sorted[_ord]).TotalFreq;

        public override bool MoveNext()
        {
            if (++_ord >= _sorted.Length) return false;
            byte[] bytes = terms.Field.TermBytes(_sorted[_ord]);
            _term.Bytes = bytes;
            _term.Offset = 0;
            _term.Length = bytes.Length;
            return true;
        }

        [Obsolete("Use MoveNext() and Term instead.")]
        public override BytesRef? Next() => MoveNext() ? _term : null;

        public override SeekStatus SeekCeil(BytesRef text) => throw new NotSupportedException("a batch's terms are only read in order");

        public override void SeekExact(long ord) => throw new NotSupportedException("a batch's terms are only read in order");

        public override DocsEnum Docs(IBits? liveDocs, DocsEnum? reuse, DocsFlags flags) =>
            new BatchDocs(terms.Field, terms.Field.State(_sorted[_ord]), liveDocs);

        public override DocsAndPositionsEnum? DocsAndPositions(IBits? liveDocs, DocsAndPositionsEnum? reuse, DocsAndPositionsFlags flags) =>
            terms.Field.Positions ? new BatchDocs(terms.Field, terms.Field.State(_sorted[_ord]), liveDocs) : null;
    }

    private sealed class BatchDocs(FieldPostings postings, TermState state, IBits? liveDocs) : DocsAndPositionsEnum
    {
        private readonly bool _positions = postings.Positions;
        private BlockReader _reader = new(postings.Pool, state.First);
        private int _read;
        private int _doc = -1;
        private int _freq;
        private int[] _docPositions = new int[16];
        private int _nextPosition;

        public override int DocID => _doc;

        public override int Freq => _freq;

        public override int NextDoc()
        {
            while (_read < state.DocFreq)
            {
                ReadDocument();
                if (liveDocs is null || liveDocs.Get(_doc)) return _doc;
            }
            return _doc = NO_MORE_DOCS;
        }

        public override int Advance(int target)
        {
            int doc;
            while ((doc = NextDoc()) < target) { }
            return doc;
        }

        public override long GetCost() => state.DocFreq;

        public override int NextPosition() => _docPositions[_nextPosition++];

        public override int StartOffset => -1;

        public override int EndOffset => -1;

        public override BytesRef? GetPayload() => null;

        private void ReadDocument()
        {
            int delta = _reader.ReadVInt();
            _doc = _read == 0 ? delta - 1 : _doc + delta;
            _read++;
            if (!_positions)
            {
                _freq = _reader.ReadVInt();
                return;
            }
            _freq = 0;
            _nextPosition = 0;
            int position = 0;
            for (int v = _reader.ReadVInt(); v != 0; v = _reader.ReadVInt())
            {
                position += v - 1;
                if (_freq == _docPositions.Length) Array.Resize(ref _docPositions, _freq * 2);
                _docPositions[_freq++] = position;
            }
        }
    }
}
