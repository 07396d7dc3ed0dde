using Depesche.Articles;
using Depesche.Index;
using Depesche.Tests.TestSupport;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Depesche.Tests.Index;

/// <summary>
/// The stored text is compressed by the archive's own codec: every article reads back exactly as ingested, and
/// archives written before it (Lucene's default codec) still open, search and take new articles.
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
    public void New_segments_use_the_archive_codec_and_every_article_reads_back_as_ingested()
    {
        using var archive = new TestArchive(_drafts);
        Assert.All(Segments(archive.DataFolder), s => Assert.Equal("Depesche1", s.Info.Codec.Name));
        foreach (var draft in _drafts)
        {
            var ingested = ArticleFactory.Create(draft, DateTimeOffset.UtcNow);
            var stored = archive.Archive.FindById(ingested.Id);
            Assert.NotNull(stored);
            Assert.Equal(ingested.Headline, stored.Headline);
            Assert.Equal(ingested.Paragraphs, stored.Paragraphs);
        }
    }

    [Fact]
    public void An_archive_written_with_Lucenes_default_codec_still_opens_searches_and_grows()
    {
        string older = Path.Combine(_scratch.Path, "older");
        using (var source = new TestArchive(_drafts.Take(300)))
            Rewrite(source.DataFolder, older);
        Assert.All(Segments(older), s => Assert.Equal("Lucene46", s.Info.Codec.Name));

        using (var archive = Archive.Open(older))
        {
            Assert.Equal(Body(_drafts[7]), archive.FindById(_drafts[7].Id!)!.Paragraphs);
            Assert.Equal(300, archive.Stats().Articles);
        }
        using (var writer = ArchiveWriter.Open(older, TimeSpan.FromSeconds(5)))
        {
            foreach (var draft in _drafts.Skip(300)) writer.Upsert(ArticleFactory.Create(draft, DateTimeOffset.UtcNow));
            writer.Commit("test");
        }
        Assert.Contains(Segments(older), s => s.Info.Codec.Name == "Depesche1");
        using var grown = Archive.Open(older);
        Assert.Equal(400, grown.Stats().Articles);
        Assert.Equal(Body(_drafts[7]), grown.FindById(_drafts[7].Id!)!.Paragraphs);
        Assert.Equal(Body(_drafts[399]), grown.FindById(_drafts[399].Id!)!.Paragraphs);
    }

    private static IReadOnlyList<string> Body(ArticleDraft draft) => ArticleFactory.Create(draft, DateTimeOffset.UtcNow).Paragraphs;

    private static IEnumerable<SegmentCommitInfo> Segments(string dataFolder)
    {
        using var dir = FSDirectory.Open(DataFolder.IndexPath(dataFolder));
        var infos = new SegmentInfos();
        infos.Read(dir);
        return infos.Segments.ToList();
    }

    // The same articles and commit data in a new folder, written by a plain Lucene writer with its default codec, as
    // an archive of an earlier Depesche was.
    private static void Rewrite(string from, string to)
    {
        using var source = FSDirectory.Open(DataFolder.IndexPath(from));
        using var reader = DirectoryReader.Open(source);
        using var target = FSDirectory.Open(System.IO.Directory.CreateDirectory(DataFolder.IndexPath(to)).FullName);
        var config = IndexSettings.WriterConfig(Depesche.Analysis.German.Stemming.Default, TimeSpan.FromSeconds(5));
        config.Codec = new Lucene46Codec();
        using var writer = new IndexWriter(target, config);
        writer.AddIndexes(reader);
        writer.SetCommitData(reader.IndexCommit.UserData);
        writer.Commit();
    }

    public void Dispose() => _scratch.Dispose();
}
