using Depesche.Articles;
using Depesche.Index;
using Depesche.Search;

namespace Depesche.Tests.TestSupport;

/// <summary>
/// An archive in a scratch folder, filled with the given drafts, ready to search; committed once, or every
/// <c>commitEvery</c> drafts, which leaves one segment per commit.
/// </summary>
public sealed class TestArchive : IDisposable
{
    private readonly TempDirectory _folder = new();

    public TestArchive(IEnumerable<ArticleDraft> drafts, DateTimeOffset? now = null, int commitEvery = int.MaxValue)
    {
        var time = now ?? new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
        using (var writer = ArchiveWriter.Open(DataFolder, TimeSpan.FromSeconds(5)))
        {
            foreach (var part in drafts.Chunk(commitEvery))
            {
                foreach (var draft in part) writer.Upsert(ArticleFactory.Create(draft, time));
                writer.Commit("test");
            }
        }
        Archive = Archive.Open(DataFolder);
        Search = new ArchiveSearch(Archive);
    }

    /// <summary>The first <paramref name="count"/> articles of a corpus of ../shared/data, committed every <paramref name="commitEvery"/>.</summary>
    public static TestArchive OfShared(string relativePath, int count, int commitEvery = int.MaxValue)
    {
        using var excerpt = new TempDirectory();
        return new TestArchive(SharedData.Articles(relativePath, count, excerpt.Path), commitEvery: commitEvery);
    }

    public string DataFolder => _folder.Path;

    public Archive Archive { get; }

    public ArchiveSearch Search { get; }

    public SearchResponse Find(string query, int limit = 10) => Search.Search(new SearchRequest { Query = query, Limit = limit });

    public IReadOnlyList<string> Headlines(string query) => Find(query).Hits.Select(h => h.Headline).ToList();

    public static ArticleDraft Draft(string headline, string body, string source = "dpa", string category = "politik",
        DateTimeOffset? published = null, string? id = null) => new()
    {
        Id = id, Headline = headline, Paragraphs = body.Split('\n'), Source = source, Category = category, Published = published,
    };

    public void Dispose()
    {
        Archive.Dispose();
        _folder.Dispose();
    }
}
