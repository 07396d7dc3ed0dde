using Depesche.Articles;
using Depesche.Index;
using Depesche.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Api;

/// <summary>
/// Stores uploaded articles. A request is all or nothing: if any record is rejected, nothing is written.
/// The writer is opened per request and closed after its commit, so <c>depesche ingest</c> can write the
/// same archive between requests; while another process holds the writer, the request waits
/// <see cref="ServeOptions.WriteLockWait"/> and then answers 503 with Retry-After.
/// </summary>
internal sealed class ArticleIntake(ServeOptions options, ArchiveHost host)
{
    /// <summary>What the commit of an upload records as its last input (<c>depesche stats</c> shows it).</summary>
    public const string CommitLabel = "POST /api/articles";

    private const int MaxRejectionsListed = 100;

    // Uploads to one server queue here rather than competing for Lucene's lock file.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IngestResponse> AddAsync(HttpRequest request, CancellationToken cancel)
    {
        ApiKeyCheck.Require(request, options.ApiKey);
        var items = await PostedArticles.ReadAsync(request, options.MaxBodyBytes, cancel);
        var rejected = items.Where(i => i.Draft is null).ToList();
        if (rejected.Count > 0)
        {
            string message = $"{rejected.Count} of {items.Count} records rejected, nothing stored; {rejected[0].Place}: {rejected[0].Rejection}";
            throw new RequestProblem(StatusCodes.Status400BadRequest, "bad request", message, rejected[0].Place)
            {
                Body = new ApiError("bad request", message, rejected[0].Place)
                {
                    Rejections = rejected.Take(MaxRejectionsListed).Select(r => new Rejection(r.Place, r.Rejection!)).ToList(),
                },
            };
        }
        if (items.Count == 0) throw new RequestProblem(StatusCodes.Status400BadRequest, "bad request", "the body holds no article", "body");
        if (!await _gate.WaitAsync(options.WriteLockWait, cancel))
            throw new DepescheException(FailureKind.Busy, "busy: another upload to this server is still being written; try again shortly");
        try
        {
            return await Task.Run(() => Store(items.Select(i => i.Draft!).ToList()), cancel);
        }
        finally
        {
            _gate.Release();
        }
    }

    private IngestResponse Store(List<ArticleDraft> drafts)
    {
        var stored = new List<IngestedArticle>(drafts.Count);
        using (var writer = ArchiveWriter.Open(options.DataFolder, options.WriteLockWait, options.Clock))
        {
            var articles = drafts.Select(d => ArticleFactory.Create(d, writer.Now)).ToList();
            // An upload into an archive without a text dictionary teaches it one, as `depesche ingest` does.
            writer.LearnTextDictionary(articles);
            foreach (var article in articles) stored.Add(new IngestedArticle(article.Id, article.Slug, writer.Upsert(article)));
            writer.Commit(CommitLabel);
        }
        host.Refresh();
        return new IngestResponse
        {
            Received = stored.Count,
            Added = stored.Count(s => s.Outcome == UpsertOutcome.Added),
            Replaced = stored.Count(s => s.Outcome == UpsertOutcome.Replaced),
            Unchanged = stored.Count(s => s.Outcome == UpsertOutcome.Unchanged),
            Articles = stored,
        };
    }
}
