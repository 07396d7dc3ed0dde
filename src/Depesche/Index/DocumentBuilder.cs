using Depesche.Articles;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Depesche.Index;

/// <summary>Maps an <see cref="Article"/> to the Lucene document of <see cref="Schema"/>.</summary>
internal static class DocumentBuilder
{
    private static readonly FieldType ExactType = CreateExactType();
    private static readonly FieldType NamesType = CreateNamesType();

    /// <summary>The document for <paramref name="a"/>, with <paramref name="contentHash"/> to detect changes.</summary>
    public static Document Build(Article a, string contentHash)
    {
        string body = a.Body;
        string text = a.Headline + "\n" + body;
        var doc = new Document
        {
            new StringField(Schema.Id, a.Id, Field.Store.YES),
            new BinaryDocValuesField(Schema.IdValue, new BytesRef(a.Id)),
            new BinaryDocValuesField(Schema.ContentHash, new BytesRef(contentHash)),
            new StringField(Schema.Slug, a.Slug, Field.Store.YES),
            new TextField(Schema.Title, a.Headline, Field.Store.YES),
            // The headline also counts in the body, twice: one field then scores headline words as BM25F does
            // with headline weight 2 (one saturation and length norm over the whole article), which ranked
            // better on both dev sets than summing separate headline and body scores (docs/benchmarks.md).
            new TextField(Schema.Body, a.Headline, Field.Store.NO),
            new TextField(Schema.Body, a.Headline, Field.Store.NO),
            new TextField(Schema.Body, body, Field.Store.YES),
            new Field(Schema.Exact, text, ExactType),
            new Field(Schema.Names, text, NamesType),
            new Int64Field(Schema.Date, a.Date.ToUnixTimeSeconds(), Field.Store.NO),
            new NumericDocValuesField(Schema.Date, a.Date.ToUnixTimeSeconds()),
            new StoredField(Schema.Ingested, a.IngestedAt.ToString("O")),
        };
        AddLabel(doc, Schema.Source, a.Source);
        AddLabel(doc, Schema.Category, a.Category);
        AddStored(doc, Schema.AsciiTitle, a.AsciiTitle);
        AddStored(doc, Schema.Published, a.Published?.ToString("O"));
        AddStored(doc, Schema.Dateline, a.Dateline);
        AddStored(doc, Schema.Url, a.Url);
        return doc;
    }

    private static void AddLabel(Document doc, string field, string? value)
    {
        if (value is null) return;
        doc.Add(new StringField(field, value, Field.Store.YES));
        doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
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

    // A name either occurs or not: no frequencies, positions or length norms, so the field costs little and every
    // variant match scores the same (its idf times Ranking.NameVariantBoost).
    private static FieldType CreateNamesType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true };
        type.Freeze();
        return type;
    }
}
