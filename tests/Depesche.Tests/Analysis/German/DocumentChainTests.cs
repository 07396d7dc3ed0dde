using System.Text.Json;
using Depesche.Analysis.German;
using Depesche.Index;
using Depesche.Tests.TestSupport;
using Lucene.Net.Analysis;

namespace Depesche.Tests.Analysis.German;

/// <summary>
/// The one-pass document analysis must index exactly what the per-field analyzers (which queries and the golden
/// files use) make of the same text; otherwise a query would miss what the document holds.
/// </summary>
public sealed class DocumentChainTests
{
    private static readonly Analyzer Body = CachedStepsTests.Uncached;
    private static readonly Analyzer Exact = new ExactAnalyzer();

    public static TheoryData<string, string> Articles()
    {
        var data = new TheoryData<string, string>
        {
            { "Schritt-für-Schritt-Strategie", "Sarkozys Schritt-für-Schritt-Strategie der al-Assad-Regierung und E-Mail" },
            { "Corona-Krise: Wer zahlt?", "Die Ost-Ukraine, 3-4 Tage, Nord- und Südkorea, US-Präsident, iPhone-Nutzer, - und ein" },
            { "", "Nur ein Text ohne Überschrift, der mit einem Stoppwort endet, und" },
            { "Selenskyjs Berater", "" },
        };
        var seen = new HashSet<(string, string)>();
        foreach (var line in File.ReadLines(SharedData.PathOf("eval/known-item-zeitgeist/corpus.jsonl")).Take(150))
        {
            using var doc = JsonDocument.Parse(line);
            var article = (doc.RootElement.GetProperty("title").GetString() ?? "", doc.RootElement.GetProperty("body").GetString() ?? "");
            if (seen.Add(article)) data.Add(article.Item1, article.Item2);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Records_what_each_field_analyzer_makes_of_the_article(string headline, string body)
    {
        var chain = new DocumentChain(Stemming.Default);
        chain.Analyse(headline, body);

        Assert.Equal(Tokens(Body, headline), Read(chain.Headline));
        Assert.Equal(Tokens(Body, headline), Read(chain.HeadlineAgain));
        Assert.Equal(Tokens(Body, body), Read(chain.Body));
        Assert.Equal(Terms(Exact, headline).Concat(Terms(Exact, body)), Read(chain.Exact).Select(t => t.Term));
    }

    [Fact]
    public void A_second_article_does_not_carry_tokens_of_the_first()
    {
        var chain = new DocumentChain(Stemming.Default);
        chain.Analyse("Lukaschenko in Minsk", "Der Präsident Lukaschenko sprach.");
        _ = Read(chain.Body);
        chain.Analyse("Wetter", "Regen im Norden.");
        Assert.Equal(["wett"], Read(chain.Headline).Select(t => t.Term));
        Assert.Equal(["reg", "nord"], Read(chain.Body).Select(t => t.Term));
    }

    private static List<(string Term, int Position)> Tokens(Analyzer analyzer, string text) =>
        TokenDump.Analyze(analyzer, Schema.Body, text).Select(t => (t.Term, t.Position)).ToList();

    private static IEnumerable<string> Terms(Analyzer analyzer, string text) =>
        TokenDump.Analyze(analyzer, Schema.Body, text).Select(t => t.Term);

    private static List<(string Term, int Position)> Read(TokenStream stream) =>
        TokenDump.Read(stream).Select(t => (t.Token.Term, t.Token.Position)).ToList();
}
