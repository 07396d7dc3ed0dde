using Depesche.Analysis.German;
using Depesche.Articles;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Depesche.Index;

/// <summary>Maps an <see cref="Article"/> to the Lucene document of <see cref="Schema"/>.</summary>
internal static class DocumentBuilder
{
    /// <summary>The exact field's type: indexed with frequencies, without positions, not stored.</summary>
    internal static readonly FieldType ExactType = CreateExactType();

    // Keyword fields build a token stream per Field object, and each new stream takes a lock in
    // Lucene's attribute factory: with a Field per document the analysis threads queued on it (measured).
    // Each thread reuses its own; the document is indexed on the same thread before the next is built.
    [ThreadStatic]
    private static KeywordFields? _keywords;

    // The same holds for the analysed text: headline and body go through the German chain once (DocumentChain),
    // and body and exact index what that pass recorded, through streams reused per thread.
    [ThreadStatic]
    private static DocumentChain? _chain;

    /// <summary>This thread's analysis pass for <paramref name="stemmer"/>: what <see cref="Build"/> analyses with.</summary>
    internal static DocumentChain ChainFor(StemmerKind stemmer) =>
        _chain?.Stemmer == stemmer ? _chain : _chain = new DocumentChain(stemmer);

    /// <summary>
    /// The document for <paramref name="a"/>, with <paramref name="contentHash"/> to detect changes, its text
    /// analysed with <paramref name="stemmer"/>. The document is only valid until the next call on this thread.
    /// </summary>
    public static Document Build(Article a, string contentHash, StemmerKind stemmer = Stemming.Default)
    {
        string body = a.Body;
        var keywords = _keywords ??= new KeywordFields();
        var chain = ChainFor(stemmer);
        chain.Analyse(a.Headline, body);
        var doc = new Document
        {
            keywords.Set(keywords.Id, a.Id),
            new BinaryDocValuesField(Schema.IdValue, new BytesRef(a.Id)),
            new BinaryDocValuesField(Schema.ContentHash, new BytesRef(contentHash)),
            keywords.Set(keywords.Slug, a.Slug),
            new TextField(Schema.Title, a.Headline, Field.Store.YES),
            // The headline also counts in the body, twice: one field then scores headline words as BM25F does
            // with headline weight 2 (one saturation and length norm over the whole article), which ranked
            // better on both dev sets than summing separate headline and body scores (docs/benchmarks.md).
            new Field(Schema.Body, chain.Headline, TextField.TYPE_NOT_STORED),
            new Field(Schema.Body, chain.HeadlineAgain, TextField.TYPE_NOT_STORED),
            new Field(Schema.Body, chain.Body, TextField.TYPE_NOT_STORED),
            keywords.SetBody(body),
            new Field(Schema.Exact, chain.Exact, ExactType),
            // The date is kept in doc values only: they serve sorting, the month facet and the --from/--to filter.
            new NumericDocValuesField(Schema.Date, a.Date.ToUnixTimeSeconds()),
            new StoredField(Schema.Ingested, a.IngestedAt.ToString("O")),
        };
        AddLabel(doc, keywords.Source, a.Source);
        AddLabel(doc, keywords.Category, a.Category);
        AddStored(doc, Schema.AsciiTitle, a.AsciiTitle);
        AddStored(doc, Schema.Published, a.Published?.ToString("O"));
        AddStored(doc, Schema.Dateline, a.Dateline);
        AddStored(doc, Schema.Url, a.Url);
        return doc;
    }

    private static void AddLabel(Document doc, StringField field, string? value)
    {
        if (value is null) return;
        field.SetStringValue(value);
        doc.Add(field);
        doc.Add(new SortedDocValuesField(field.Name, new BytesRef(value)));
    }

    private sealed class KeywordFields
    {
        public StringField Id { get; } = new(Schema.Id, "", Field.Store.YES);

        public StringField Slug { get; } = new(Schema.Slug, "", Field.Store.YES);

        public StringField Source { get; } = new(Schema.Source, "", Field.Store.YES);

        public StringField Category { get; } = new(Schema.Category, "", Field.Store.YES);

        // The body is stored as UTF-8 encoded here, into a buffer kept per thread: given a string, Lucene.NET
        // encodes it into a fresh array three times its length, which was a fifth of all ingest allocation.
        private readonly StoredField _body = new(Schema.Body, new BytesRef());
        private byte[] _bodyBytes = new byte[16 * 1024];

        public StoredField SetBody(string body)
        {
            int most = System.Text.Encoding.UTF8.GetMaxByteCount(body.Length);
            if (most > _bodyBytes.Length) _bodyBytes = new byte[Math.Max(most, _bodyBytes.Length * 2)];
            int length = System.Text.Encoding.UTF8.GetBytes(body, _bodyBytes);
            _body.SetBytesValue(new BytesRef(_bodyBytes, 0, length));
            return _body;
        }

        public StringField Set(StringField field, string value)
        {
            field.SetStringValue(value);
            return field;
        }
    }

    private static void AddStored(Document doc, string field, string? value)
    {
        if (value is not null) doc.Add(new StoredField(field, value));
    }

    private static FieldType CreateExactType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }
}
