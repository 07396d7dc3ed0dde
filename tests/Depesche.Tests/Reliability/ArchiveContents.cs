using Depesche.Articles;
using Depesche.Index;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Depesche.Tests.Reliability;

/// <summary>
/// Everything an archive holds, read the way a damaged index would show it: opened through
/// <see cref="Archive.Open"/> (as search and serve do), checked by Lucene's <see cref="CheckIndex"/>, and
/// every live document read back as an <see cref="Article"/>.
/// </summary>
public sealed record ArchiveContents(IReadOnlyList<Article> Articles, bool Clean, string CheckMessage)
{
    /// <summary>Ids stored more than once.</summary>
    public IReadOnlyList<string> DuplicateIds => Articles.GroupBy(a => a.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

    /// <summary>Reads the archive in <paramref name="dataFolder"/>; throws what <see cref="Archive.Open"/> throws.</summary>
    public static ArchiveContents Read(string dataFolder)
    {
        var articles = new List<Article>();
        using (var archive = Archive.Open(dataFolder))
        {
            archive.WithSearcher(searcher =>
            {
                var reader = searcher.IndexReader;
                var live = MultiFields.GetLiveDocs(reader);
                for (int doc = 0; doc < reader.MaxDoc; doc++)
                    if (live is null || live.Get(doc)) articles.Add(StoredArticle.Read(reader.Document(doc)));
                return 0;
            });
        }
        using var dir = FSDirectory.Open(DataFolder.IndexPath(dataFolder));
        var log = new StringWriter();
        var status = new CheckIndex(dir) { InfoStream = log }.DoCheckIndex();
        return new ArchiveContents(articles, status.Clean, status.Clean ? "" : log.ToString()[^Math.Min(2000, log.ToString().Length)..]);
    }
}
