using Depesche.Articles;
using Depesche.Ingest;

namespace Depesche.Tests.TestSupport;

/// <summary>Short ways for reader tests to run a reader over a file and look at what came out.</summary>
public static class Reading
{
    /// <summary>All items of <paramref name="reader"/> over the file at <paramref name="path"/>.</summary>
    public static List<ReadItem> All(IArticleReader reader, string path, ReaderOptions? options = null) =>
        reader.Read(InputFile.FromDisk(path), options ?? new ReaderOptions()).ToList();

    /// <summary>The single item, asserted to be a good draft.</summary>
    public static ArticleDraft SingleDraft(IEnumerable<ReadItem> items)
    {
        var item = Assert.Single(items);
        Assert.True(item.Draft is not null, $"expected a draft, got rejection: {item.Rejection}");
        return item.Draft!;
    }

    /// <summary>The single item, asserted to be a rejection; returns it.</summary>
    public static ReadItem SingleRejection(IEnumerable<ReadItem> items)
    {
        var item = Assert.Single(items);
        Assert.True(item.Draft is null, $"expected a rejection, got a draft: {item.Draft?.Headline}");
        Assert.False(string.IsNullOrWhiteSpace(item.Rejection));
        return item;
    }
}
