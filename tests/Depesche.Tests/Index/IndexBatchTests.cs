using System.Text;
using Depesche.Articles;
using Depesche.Index;
using Depesche.Tests.TestSupport;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Depesche.Tests.Index;

/// <summary>
/// The archive writer inverts body and exact itself and adds batches of articles as segments (IndexBatch): what it
/// writes must be what Lucene's own inversion of the same documents writes, and a replaced article must be gone.
/// </summary>
public sealed class IndexBatchTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Segments_written_from_batches_equal_Lucenes_own_inversion_of_real_articles()
    {
        var articles = SharedData.Articles("eval/retrieval-xquad-de/corpus.jsonl", 1500, _temp.Path)
            .Select(d => ArticleFactory.Create(d, Now)).ToList();
        // Lone surrogates: articles replace them with U+FFFD, so both ways index the same replacement characters.
        articles.Add(Article("s-1", "Zeichen", "Ein kaputtes Wort ab\uD800cd und noch ab\uDBFFcd, dazu ab\uFFFDcd."));
        string data = _temp.PathOf("data");
        using (var writer = ArchiveWriter.Open(data, TimeSpan.FromSeconds(1)))
        {
            // Two threads, so two batches, and a commit every 500 articles, so several flushes.
            foreach (var chunk in articles.Chunk(500))
            {
                Parallel.ForEach(chunk, new ParallelOptions { MaxDegreeOfParallelism = 2 }, a => writer.Upsert(a));
                writer.Commit("chunk");
            }
        }
        using (var reader = DirectoryReader.Open(FSDirectory.Open(DataFolder.IndexPath(data))))
            Assert.True(reader.Leaves.Count > 2, $"{reader.Leaves.Count} segments: the test should cover several batches");
        AssertSameAsLucene(data, articles);
    }

    [Fact]
    public void Two_archives_written_in_turn_on_one_thread_each_equal_Lucenes_inversion()
    {
        // One thread's analysis pass numbers terms for the batch it feeds; switching batches must forget the numbers.
        var articles = SharedData.Articles("eval/retrieval-xquad-de/corpus.jsonl", 400, _temp.Path)
            .Select(d => ArticleFactory.Create(d, Now)).ToList();
        string first = _temp.PathOf("first"), second = _temp.PathOf("second");
        using (var a = ArchiveWriter.Open(first, TimeSpan.FromSeconds(1)))
        using (var b = ArchiveWriter.Open(second, TimeSpan.FromSeconds(1)))
        {
            for (int i = 0; i < articles.Count; i++)
            {
                a.Upsert(articles[i]);
                b.Upsert(articles[articles.Count - 1 - i]);
                if (i % 150 == 149)
                {
                    a.Commit("a");
                    b.Commit("b");
                }
            }
            a.Commit("a");
            b.Commit("b");
        }
        AssertSameAsLucene(first, articles);
        AssertSameAsLucene(second, articles);
    }

    private void AssertSameAsLucene(string data, List<Article> articles)
    {
        string reference = _temp.PathOf("reference-" + Path.GetFileName(data));
        using (var dir = FSDirectory.Open(reference))
        using (var lucene = new IndexWriter(dir, IndexSettings.WriterConfig(Depesche.Analysis.German.Stemming.Default, TimeSpan.FromSeconds(1))))
        {
            foreach (var a in articles) lucene.AddDocument(DocumentBuilder.Build(a, ArticleId.ContentHash(a)));
            lucene.Commit();
        }

        using var batched = DirectoryReader.Open(FSDirectory.Open(DataFolder.IndexPath(data)));
        using var own = DirectoryReader.Open(FSDirectory.Open(reference));
        Assert.Equal(own.NumDocs, batched.NumDocs);
        var batchedIds = Ids(batched);
        var ownIds = Ids(own);
        var ownDocById = Enumerable.Range(0, own.MaxDoc).ToDictionary(d => ownIds[d]);
        foreach (string field in new[] { Schema.Body, Schema.Exact, Schema.Title, Schema.Id, Schema.Slug })
        {
            var expected = MultiFields.GetTerms(own, field);
            var actual = MultiFields.GetTerms(batched, field);
            Assert.Equal(expected.SumTotalTermFreq, actual.SumTotalTermFreq);
            Assert.Equal(expected.SumDocFreq, actual.SumDocFreq);
            Assert.Equal(expected.DocCount, actual.DocCount);
            var e = expected.GetEnumerator();
            var a = actual.GetEnumerator();
            int terms = 0;
            while (e.MoveNext())
            {
                Assert.True(a.MoveNext(), $"{field}: the batches lack {e.Term.Utf8ToString()}");
                Assert.Equal(e.Term.Utf8ToString(), a.Term.Utf8ToString());
                Assert.Equal(Postings(e, ownIds), Postings(a, batchedIds));
                terms++;
            }
            Assert.False(a.MoveNext(), $"{field}: the batches have a term more: {a.Term?.Utf8ToString()}");
            Assert.True(terms > 0);
            var expectedNorms = MultiDocValues.GetNormValues(own, field);
            var actualNorms = MultiDocValues.GetNormValues(batched, field);
            Assert.Equal(expectedNorms is null, actualNorms is null);
            if (expectedNorms is null) continue;
            for (int doc = 0; doc < batched.MaxDoc; doc++)
                Assert.Equal(expectedNorms.Get(ownDocById[batchedIds[doc]]), actualNorms!.Get(doc));
        }
        for (int doc = 0; doc < batched.MaxDoc; doc += 37)
        {
            var stored = batched.Document(doc);
            var original = own.Document(ownDocById[batchedIds[doc]]);
            Assert.Equal(original.GetBinaryValue(Schema.Body), stored.GetBinaryValue(Schema.Body));
            Assert.Equal(original.Get(Schema.Title), stored.Get(Schema.Title));
        }
    }

    [Fact]
    public async Task A_version_replaced_before_or_after_its_batch_was_added_is_gone()
    {
        string data = _temp.PathOf("data");
        using (var writer = ArchiveWriter.Open(data, TimeSpan.FromSeconds(1)))
        {
            writer.Upsert(Article("a", "Erste", "Sonnenblume im Garten."));
            writer.Upsert(Article("b", "Zweite", "Regenschirm im Flur."));
            writer.Commit("1");
            // Replaced in the same batch, twice: the committed version and the pending one must both go.
            Assert.Equal(UpsertOutcome.Replaced, writer.Upsert(Article("a", "Erste", "Tulpenzwiebel im Garten.")));
            Assert.Equal(UpsertOutcome.Replaced, writer.Upsert(Article("a", "Erste", "Kastanienbaum im Garten.")));
            // Replaced from another thread, hence another batch.
            writer.Upsert(Article("b", "Zweite", "Gummistiefel im Flur."));
            await Task.Run(() => writer.Upsert(Article("b", "Zweite", "Wollmantel im Flur.")));
            writer.Commit("2");
        }
        using var reader = DirectoryReader.Open(FSDirectory.Open(DataFolder.IndexPath(data)));
        Assert.Equal(2, reader.NumDocs);
        foreach (string gone in new[] { "sonnenblume", "tulpenzwiebel", "regenschirm", "gummistiefel" })
            Assert.Equal(0, LiveDocs(reader, Schema.Exact, gone));
        Assert.Equal(1, LiveDocs(reader, Schema.Exact, "kastanienbaum"));
        Assert.Equal(1, LiveDocs(reader, Schema.Exact, "wollmantel"));
    }

    [Fact]
    public void Many_versions_of_the_same_ids_from_two_threads_leave_one_article_each()
    {
        string data = _temp.PathOf("data");
        using (var writer = ArchiveWriter.Open(data, TimeSpan.FromSeconds(1)))
        {
            for (int round = 0; round < 3; round++)
            {
                Parallel.For(0, 600, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                    i => writer.Upsert(Article($"id-{i % 100}", $"Meldung {i % 100}", $"Fassung {round}-{i} des Textes.")));
                if (round != 1) writer.Commit($"round {round}");
            }
        }
        using var reader = DirectoryReader.Open(FSDirectory.Open(DataFolder.IndexPath(data)));
        Assert.Equal(100, reader.NumDocs);
        for (int i = 0; i < 100; i++) Assert.Equal(1, LiveDocs(reader, Schema.Id, $"id-{i}"));
    }

    [Fact]
    public void Segments_added_from_batches_are_merged_as_flushed_ones_were()
    {
        string data = _temp.PathOf("data");
        using (var writer = ArchiveWriter.Open(data, TimeSpan.FromSeconds(1)))
        {
            // One thread, so one batch and one segment a commit: 30 segments of equal size unless merges run.
            for (int commit = 0; commit < 30; commit++)
            {
                for (int i = 0; i < 40; i++) writer.Upsert(Article($"c{commit}-{i}", $"Meldung {i}", $"Text {commit} {i} über den Hafen."));
                writer.Commit($"commit {commit}");
            }
            writer.MergeSmallSegments("end");
        }
        using var reader = DirectoryReader.Open(FSDirectory.Open(DataFolder.IndexPath(data)));
        Assert.Equal(1200, reader.NumDocs);
        Assert.True(reader.Leaves.Count <= 10, $"{reader.Leaves.Count} segments after 30 commits");
    }

    private static Article Article(string id, string headline, string body) =>
        ArticleFactory.Create(new ArticleDraft { Id = id, Headline = headline, Paragraphs = [body], Source = "test" }, Now);

    // Articles that hold the term and are not deleted (a search leaves deleted ones out).
    private static int LiveDocs(IndexReader reader, string field, string term) =>
        new IndexSearcher(reader).Search(new TermQuery(new Term(field, term)), 1).TotalHits;

    private static string[] Ids(IndexReader reader)
    {
        var ids = new string[reader.MaxDoc];
        var values = MultiDocValues.GetBinaryValues(reader, Schema.IdValue);
        var bytes = new BytesRef();
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            values.Get(doc, bytes);
            ids[doc] = bytes.Utf8ToString();
        }
        return ids;
    }

    // A term's postings by article id: frequency and positions, or frequency alone.
    private static Dictionary<string, string> Postings(TermsEnum terms, string[] ids)
    {
        var postings = new Dictionary<string, string>();
        if (terms.DocsAndPositions(null, null) is { } positions)
        {
            while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var text = new StringBuilder().Append(positions.Freq).Append(':');
                for (int i = 0; i < positions.Freq; i++) text.Append(positions.NextPosition()).Append(',');
                postings[ids[positions.DocID]] = text.ToString();
            }
            return postings;
        }
        var docs = terms.Docs(null, null);
        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) postings[ids[docs.DocID]] = docs.Freq.ToString();
        return postings;
    }

    public void Dispose() => _temp.Dispose();
}
