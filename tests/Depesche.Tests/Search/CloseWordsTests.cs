using Depesche.Search;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

public sealed class CloseWordsTests : IDisposable
{
    private const string Question = "Für welches Land beanspruchte Ribault das Gebiet am Fluss?";
    private const string Spread = "Ribault und der Fluss";
    private const string Answer = "Ein Entdecker an der Küste";

    // Both hold every word of the question once (the first twice, in its headline); only the second holds them in one sentence.
    private readonly TestArchive _archive = new([
        Draft(Spread, "Ribault segelte viele Wochen über den Ozean, bevor seine erschöpfte Mannschaft endlich eine Küste erreichte. "
            + "Das Land war damals kaum bekannt, und nur wenige Siedler wagten sich in diese Gegend. Über das Gebiet wurde "
            + "noch lange gestritten, doch niemand beanspruchte es ernsthaft."),
        Draft(Answer, "Im Jahr 1562 erreichte ein Schiff die Küste. Ribault beanspruchte das Gebiet am Fluss für sein Land. "
            + "Danach kehrte er nach Europa zurück, und die Siedlung verfiel."),
    ]);

    [Fact]
    public void A_question_ranks_the_article_holding_its_words_in_one_sentence_first()
    {
        Assert.Equal([Answer, Spread], _archive.Headlines(Question));
    }

    [Fact]
    public void Without_the_closeness_weight_the_headline_match_would_win()
    {
        var search = new ArchiveSearch(_archive.Archive, Ranking.Default with { CloseWordsBoost = 0 });
        var hits = search.Search(new SearchRequest { Query = Question }).Hits.Select(h => h.Headline);
        Assert.Equal([Spread, Answer], hits);
    }

    public void Dispose() => _archive.Dispose();
}
