using Depesche.Articles;
using Depesche.Index;
using Depesche.Search;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Index;

public sealed class ArchiveTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _data = new();

    [Fact]
    public void Reads_the_same_archive_whether_its_files_are_mapped_or_read()
    {
        using (var writer = ArchiveWriter.Open(_data.Path, TimeSpan.FromSeconds(1)))
        {
            writer.Upsert(ArticleFactory.Create(new ArticleDraft
            {
                Headline = "Verteidigungsminister besucht Weißrussland", Paragraphs = ["MINSK: Der Minister traf Lukaschenko."], Source = "toi",
            }, Now));
            writer.Upsert(ArticleFactory.Create(new ArticleDraft { Headline = "Wetter", Paragraphs = ["Regen im Norden."], Source = "dpa" }, Now));
            writer.Commit("test");
        }
        var answers = new List<SearchResponse>();
        foreach (bool mapped in new[] { true, false })
        {
            using var archive = Archive.Open(_data.Path, mapIndex: mapped);
            answers.Add(new ArchiveSearch(archive).Search(new SearchRequest { Query = "Weissrussland Minister" }));
            Assert.Equal(2, archive.Stats().Articles);
        }
        Assert.Equal(1, answers[0].Total);
        Assert.Equal(answers[0].Hits.Select(h => (h.Id, h.Score)), answers[1].Hits.Select(h => (h.Id, h.Score)));
    }

    public void Dispose() => _data.Dispose();
}
