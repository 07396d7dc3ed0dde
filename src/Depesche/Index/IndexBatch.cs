using Depesche.Analysis.German;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Depesche.Index;

/// <summary>
/// Articles upserted since the last flush by one thread at a time: their body and exact fields in a
/// <see cref="BatchInversion"/>, every other field in a scratch segment in memory (<see cref="ScratchCodec"/>).
/// <see cref="AddTo"/> writes both as one segment of the archive. Documents are numbered in the order they were added,
/// and a replaced one can be left out (<see cref="TryDelete"/>) until the batch is added.
/// </summary>
internal sealed class IndexBatch : IDisposable
{
    private readonly Analyzer _analyzer;
    private readonly BatchInversion _inversion = new(IndexSettings.Similarity);
    private readonly HashSet<string> _committedDeletes = new(StringComparer.Ordinal);
    private RAMDirectory _scratchDir = null!;
    private IndexWriter _scratch = null!;

    /// <summary>
    /// An empty batch whose other analysed fields (the headline) <paramref name="analyzer"/> analyses: the archive
    /// writer's, shared by its batches and owned by it.
    /// </summary>
    public IndexBatch(Analyzer analyzer)
    {
        _analyzer = analyzer;
        OpenScratch();
    }

    /// <summary>Increases each time the batch is added (or dropped): a document number is only valid in its generation.</summary>
    public int Generation { get; private set; }

    /// <summary>Documents in the batch, deleted ones included.</summary>
    public int Count => _inversion.Count;

    /// <summary>An estimate of the memory the batch holds.</summary>
    public long BytesUsed => _inversion.BytesUsed + _scratch.RamSizeInBytes() + _scratchDir.GetSizeInBytes();

    /// <summary>
    /// Lets <paramref name="chain"/> number its terms as this batch does; call it before the chain analyses a document
    /// for the batch (<see cref="BatchInversion.NumberTermsOf"/>).
    /// </summary>
    public void Prepare(DocumentChain chain) => _inversion.NumberTermsOf(chain);

    /// <summary>Whether <paramref name="chain"/> numbers its terms as this batch does.</summary>
    public bool Numbers(DocumentChain chain) => _inversion.IsNumbering(chain);

    /// <summary>
    /// Adds <paramref name="doc"/>, just built by <see cref="DocumentBuilder.Build"/> on this thread (whose analysis
    /// pass <paramref name="chain"/> holds), and returns its number. Callers hold the batch's lock.
    /// </summary>
    public int Add(Document doc, DocumentChain chain)
    {
        int number = _inversion.Count;
        _inversion.Add(chain);
        try
        {
            _scratch.AddDocument(ScratchFields(doc));
        }
        catch
        {
            // Lucene keeps the number of a document it could not index (marked deleted): so does the batch.
            _inversion.Delete(number);
            throw;
        }
        return number;
    }

    /// <summary>Leaves document <paramref name="number"/> of generation <paramref name="generation"/> out, if the batch still holds it. Callers hold the lock.</summary>
    public bool TryDelete(int generation, int number)
    {
        if (generation != Generation) return false;
        _inversion.Delete(number);
        return true;
    }

    /// <summary>Deletes the committed versions of <paramref name="id"/> when the batch is added (before its own documents).</summary>
    public void DeleteCommitted(string id) => _committedDeletes.Add(id);

    /// <summary>Passes the batch's deletions of committed versions to <paramref name="writer"/>; call for every batch before any is added.</summary>
    public void ApplyDeletes(IndexWriter writer)
    {
        foreach (string id in _committedDeletes) writer.DeleteDocuments(new Term(Schema.Id, id));
        _committedDeletes.Clear();
    }

    /// <summary>Writes the batch into <paramref name="writer"/> as one segment and empties it.</summary>
    public void AddTo(IndexWriter writer)
    {
        if (Count > 0)
        {
            _scratch.Commit();
            using var scratch = DirectoryReader.Open(_scratchDir);
            if (scratch.Leaves.Count != 1) throw new InvalidOperationException($"a batch's scratch index has {scratch.Leaves.Count} segments");
            // The batch's reader first: its fields (body, exact) and its deletions win over the scratch segment's.
            writer.AddIndexes(new ParallelAtomicReader(false, [_inversion.Reader(), scratch.Leaves[0].AtomicReader]));
        }
        Drop();
    }

    /// <summary>Forgets the batch's documents (after it was added, or when the writer rolls back).</summary>
    public void Drop()
    {
        _inversion.Reset();
        _committedDeletes.Clear();
        _scratch.Dispose();
        _scratchDir.Dispose();
        OpenScratch();
        Generation++;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _scratch.Dispose();
        _scratchDir.Dispose();
    }

    private void OpenScratch()
    {
        _scratchDir = new RAMDirectory();
        _scratch = new IndexWriter(_scratchDir, new IndexWriterConfig(AnalysisVersion.Current, _analyzer)
        {
            OpenMode = OpenMode.CREATE,
            // One segment: the batch is flushed only when it is added.
            RAMBufferSizeMB = 2000,
            MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            UseCompoundFile = false,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            MergeScheduler = NoMergeScheduler.INSTANCE,
            Similarity = IndexSettings.Similarity,
            Codec = new ScratchCodec(),
        });
    }

    // Every field but the ones the batch inverts itself: the body's stored text stays.
    private static IEnumerable<IIndexableField> ScratchFields(Document doc)
    {
        foreach (var field in doc.Fields)
        {
            if (field.Name == Schema.Exact || (field.Name == Schema.Body && field.IndexableFieldType.IsIndexed)) continue;
            yield return field;
        }
    }
}
