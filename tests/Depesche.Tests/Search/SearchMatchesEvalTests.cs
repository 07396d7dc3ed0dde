using Depesche.Search;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Search;

/// <summary>
/// `depesche search` (and the web) must rank exactly as `depesche eval` measures: the same hits with the same
/// scores, whichever way each scores (search collects facets and totals and may stop in time; eval only takes the
/// top ids), or the figures in docs/benchmarks.md would describe another ranking.
/// </summary>
public sealed class SearchMatchesEvalTests : IDisposable
{
    private readonly TempDirectory _scratch = new();
    private readonly TestArchive _archive;

    public SearchMatchesEvalTests()
    {
        // The first 800 passages of the XQuAD set (the questions below are about them), read as `ingest` reads them.
        var drafts = SharedData.Articles("eval/retrieval-xquad-de/corpus.jsonl", 800, _scratch.Path);
        Assert.Equal(800, drafts.Count);
        _archive = new TestArchive(drafts);
    }

    [Fact]
    public void Search_ranks_questions_with_the_hits_and_scores_eval_measures()
    {
        var questions = File.ReadLines(SharedData.PathOf("eval/retrieval-xquad-de/queries.tsv")).Take(60).Select(l => l.Split('\t')[1]).ToList();
        int anyWord = 0;
        foreach (string question in questions)
        {
            var response = _archive.Search.Search(new SearchRequest { Query = question, Limit = 10, Snippets = false, Facets = false });
            var measured = _archive.Search.TopIds(question, 10);
            Assert.Equal(measured.Select(h => (h.Id, h.Score)), response.Hits.Select(h => (h.Id, h.Score)));
            if (response.Hits.Count > 1) anyWord++;
        }
        Assert.True(anyWord > 50, $"only {anyWord} questions found more than one passage");
    }

    public void Dispose()
    {
        _archive.Dispose();
        _scratch.Dispose();
    }
}
