using Depesche.Articles;
using Depesche.Index;
using Depesche.Ingest;
using Depesche.Tests.TestSupport;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Depesche.Tests.Index;

/// <summary>
/// The stored text is compressed by the archive's own codec, against a dictionary learned from the archive's first
/// articles: every article reads back exactly as ingested, segments of different dictionaries merge, and archives
/// written before (Lucene's default codec, the DEFLATE format) still open, search and take new articles.
/// </summary>
public sealed class ArchiveCodecTests : IDisposable
{
    private readonly TempDirectory _scratch = new();
    private readonly List<ArticleDraft> _drafts;

    public ArchiveCodecTests()
    {
        // 400 real news articles, read as `ingest` reads them.
        _drafts = SharedData.Articles("eval/known-item-zeitgeist/corpus.jsonl", 400, _scratch.Path);
        Assert.Equal(400, _drafts.Count);
    }

    [Fact]
    public void An_ingest_learns_a_dictionary_from_its_first_articles_and_every_article_reads_back_as_ingested()
    {
        string data = Ingest(_drafts, "learned");

        var segments = Segments(data);
        Assert.All(segments, s => Assert.Equal("Depesche2", s.Info.Codec.Name));
        Assert.All(segments, s => Assert.NotNull(Dictionary(data, s.Info.Name)));
        using var archive = Archive.Open(data);
        AssertReadsBack(archive, _drafts);
    }

    [Fact]
    public void The_learned_dictionary_makes_the_stored_text_of_real_articles_a_tenth_smaller_at_least()
    {
        var drafts = SharedData.Articles("eval/retrieval-xquad-de/corpus.jsonl", 3000, _scratch.Path);
        string learned = Ingest(drafts, "with");
        using var without = new TestArchive(drafts); // upserts through the writer alone: no dictionary learned

        Assert.All(Segments(without.DataFolder), s => Assert.Null(Dictionary(without.DataFolder, s.Info.Name)));
        long plain = StoredBytes(without.DataFolder), compact = StoredBytes(learned);
        Assert.True(compact < plain * 0.9, $"stored text {compact:N0} bytes with the dictionary against {plain:N0} without");
    }

    [Fact]
    public void A_later_ingest_into_the_archive_goes_on_with_its_dictionary()
    {
        string data = Ingest(_drafts.Take(300), "later");
        // One segment per indexing thread that took articles, all with the ingest's one dictionary.
        byte[] first = Dictionary(data, Segments(data)[0].Info.Name)!.Bytes;
        Assert.All(Segments(data), s => Assert.Equal(first, Dictionary(data, s.Info.Name)!.Bytes));

        Ingest(_drafts.Skip(300), "later");

        Assert.All(Segments(data), s => Assert.Equal(first, Dictionary(data, s.Info.Name)!.Bytes));
        using var archive = Archive.Open(data);
        Assert.Equal(400, archive.Stats().Articles);
        AssertReadsBack(archive, _drafts);
    }

    [Fact]
    public void Segments_of_different_dictionaries_merge_into_one_that_reads_back()
    {
        var articles = _drafts.Select(d => ArticleFactory.Create(d, DateTimeOffset.UtcNow)).ToList();
        var first = TextDictionary.Learn(articles.Take(200).ToList());
        var second = TextDictionary.Learn(articles.Skip(200).ToList());
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.NotEqual(first.Bytes, second.Bytes);

        using var dir = FSDirectory.Open(Path.Combine(_scratch.Path, "merged"));
        var codec = new ArchiveCodec { Dictionary = first };
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { Codec = codec, UseCompoundFile = false };
        using (var writer = new IndexWriter(dir, config))
        {
            for (int i = 0; i < articles.Count; i++)
            {
                // A segment begun now keeps the dictionary it began with.
                if (i == 200)
                {
                    writer.Commit();
                    codec.Dictionary = second;
                }
                writer.AddDocument([new StoredField("id", articles[i].Id), new StoredField("body", articles[i].Body)]);
            }
            writer.Commit();
            using (var before = DirectoryReader.Open(dir)) Assert.Equal(2, before.Leaves.Count);
            writer.ForceMerge(1);
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(dir);
        var merged = Assert.Single(reader.Leaves);
        Assert.Equal(second.Bytes, StoredTextFormat.ReadDictionary(dir, ((SegmentReader)merged.Reader).SegmentInfo.Info.Name, IOContext.READ_ONCE)!.Bytes);
        // The merge may put the segments in either order.
        var read = Enumerable.Range(0, reader.MaxDoc).Select(reader.Document).ToDictionary(d => d.Get("id"), d => d.Get("body"));
        Assert.Equal(articles.Count, read.Count);
        Assert.All(articles, a => Assert.Equal(a.Body, read[a.Id]));
    }

    [Fact]
    public void Too_few_articles_teach_no_dictionary()
    {
        var articles = _drafts.Take(TextDictionary.MinimumArticles - 1).Select(d => ArticleFactory.Create(d, DateTimeOffset.UtcNow)).ToList();

        Assert.Null(TextDictionary.Learn(articles));
    }

    [Theory]
    [InlineData("Lucene46")]
    [InlineData("Depesche1")]
    public void An_archive_written_in_an_earlier_format_still_opens_searches_and_grows(string format)
    {
        string older = Path.Combine(_scratch.Path, format);
        using (var source = new TestArchive(_drafts.Take(300)))
            Rewrite(source.DataFolder, older, format == "Lucene46" ? new Lucene46Codec() : new DeflateCodec());
        Assert.All(Segments(older), s => Assert.Equal(format, s.Info.Codec.Name));

        using (var archive = Archive.Open(older))
        {
            Assert.Equal(Body(_drafts[7]), archive.FindById(_drafts[7].Id!)!.Paragraphs);
            Assert.Equal(300, archive.Stats().Articles);
            Assert.NotEmpty(new Depesche.Search.ArchiveSearch(archive).Search(new Depesche.Search.SearchRequest { Query = _drafts[7].Headline }).Hits);
        }
        Ingest(_drafts.Skip(300), older);
        Assert.Contains(Segments(older), s => s.Info.Codec.Name == "Depesche2");
        using var grown = Archive.Open(older);
        Assert.Equal(400, grown.Stats().Articles);
        AssertReadsBack(grown, _drafts);
    }

    // Ingests the drafts as `depesche ingest` does (in one chunk, so their first chunk teaches the dictionary) into
    // the data folder named, under the scratch folder unless rooted.
    private string Ingest(IEnumerable<ArticleDraft> drafts, string folder)
    {
        string data = Path.Combine(_scratch.Path, folder);
        using var writer = ArchiveWriter.Open(data, TimeSpan.FromSeconds(5));
        var items = drafts.Select((d, i) => ReadItem.Good("test.jsonl", i + 1, d));
        new Ingester(writer, new IngestOptions { Threads = 2 }).Run(items);
        return data;
    }

    private static void AssertReadsBack(Archive archive, IEnumerable<ArticleDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            var ingested = ArticleFactory.Create(draft, DateTimeOffset.UtcNow);
            var stored = archive.FindById(ingested.Id);
            Assert.NotNull(stored);
            Assert.Equal(ingested.Headline, stored.Headline);
            Assert.Equal(ingested.Paragraphs, stored.Paragraphs);
        }
    }

    private static IReadOnlyList<string> Body(ArticleDraft draft) => ArticleFactory.Create(draft, DateTimeOffset.UtcNow).Paragraphs;

    private static List<SegmentCommitInfo> Segments(string dataFolder)
    {
        using var dir = FSDirectory.Open(DataFolder.IndexPath(dataFolder));
        var infos = new SegmentInfos();
        infos.Read(dir);
        return infos.Segments.ToList();
    }

    private static TextDictionary? Dictionary(string dataFolder, string segment)
    {
        using var dir = FSDirectory.Open(DataFolder.IndexPath(dataFolder));
        return StoredTextFormat.ReadDictionary(dir, segment, IOContext.READ_ONCE);
    }

    private static long StoredBytes(string dataFolder) =>
        System.IO.Directory.GetFiles(DataFolder.IndexPath(dataFolder), "*.fdt").Sum(f => new FileInfo(f).Length);

    // The same articles and commit data in a new folder, written by a plain Lucene writer with the given codec, as
    // an archive of an earlier Depesche was.
    private static void Rewrite(string from, string to, Codec codec)
    {
        using var source = FSDirectory.Open(DataFolder.IndexPath(from));
        using var reader = DirectoryReader.Open(source);
        using var target = FSDirectory.Open(System.IO.Directory.CreateDirectory(DataFolder.IndexPath(to)).FullName);
        var config = IndexSettings.WriterConfig(Depesche.Analysis.German.Stemming.Default, TimeSpan.FromSeconds(5));
        config.Codec = codec;
        using var writer = new IndexWriter(target, config);
        writer.AddIndexes(reader);
        writer.SetCommitData(reader.IndexCommit.UserData);
        writer.Commit();
    }

    public void Dispose() => _scratch.Dispose();
}
