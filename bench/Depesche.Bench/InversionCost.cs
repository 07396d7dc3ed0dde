using Depesche.Analysis.German;
using Depesche.Articles;
using Depesche.Index;
using Depesche.Ingest;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Depesche.Bench;

/// <summary>
/// What Lucene's in-memory inversion of the body and exact fields costs a token, against <see cref="BatchInversion"/>
/// (what ingest uses instead, with the terms numbered by the analysis pass). One thread, CPU time, best of three;
/// nothing is written to disk.
/// </summary>
internal static class InversionCost
{
    public static int Run(string corpus, int max, TextWriter output)
    {
        if (!File.Exists(corpus)) throw new BenchInputException($"{corpus}: no such file");
        var now = DateTimeOffset.UtcNow;
        var articles = InputDiscovery.ReadAll([corpus], new ReaderOptions()).Where(i => i.Draft is not null).Take(max)
            .Select(i => ArticleFactory.Create(i.Draft!, now)).ToList();
        var chain = new DocumentChain(Stemming.Default);
        long tokens = 0;
        foreach (var a in articles)
        {
            chain.Analyse(a.Headline, a.Body);
            tokens += chain.BodyTape.Count + chain.ExactTape.Count;
        }
        output.WriteLine($"{articles.Count:N0} articles from {corpus}, {tokens:N0} tokens (body and exact), one thread, best of 3");
        double analysis = IngestStages.Measure(output, "analysis pass", () => { foreach (var a in articles) chain.Analyse(a.Headline, a.Body); });
        Report(output, tokens, analysis, IngestStages.Measure(output, "Lucene, body and exact", () => LuceneInversion(articles, chain), runs: 2));
        Report(output, tokens, analysis, IngestStages.Measure(output, "BatchInversion (ingest)", () =>
        {
            // As ingest: the analysis pass numbers the terms for the batch, so most tokens arrive numbered.
            var batch = new BatchInversion(IndexSettings.Similarity);
            batch.NumberTermsOf(chain);
            foreach (var a in articles)
            {
                chain.Analyse(a.Headline, a.Body);
                batch.Add(chain);
            }
        }, runs: 2));
        return 0;
    }

    private static void Report(TextWriter output, long tokens, double analysis, double total) =>
        output.WriteLine($"    beyond the analysis: {total - analysis:N0} ms, {(total - analysis) * 1e6 / tokens:N0} ns a token");

    // Lucene's inversion only: one buffer holds every document, and the writer is rolled back instead of flushed.
    private static void LuceneInversion(List<Article> articles, DocumentChain chain)
    {
        using var dir = new RAMDirectory();
        var config = IndexSettings.WriterConfig(Stemming.Default, TimeSpan.FromSeconds(1));
        config.RAMBufferSizeMB = 1900;
        config.MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH;
        using var writer = new IndexWriter(dir, config);
        foreach (var a in articles)
        {
            chain.Analyse(a.Headline, a.Body);
            writer.AddDocument(new Document
            {
                new Field(Schema.Body, chain.Headline, TextField.TYPE_NOT_STORED),
                new Field(Schema.Body, chain.HeadlineAgain, TextField.TYPE_NOT_STORED),
                new Field(Schema.Body, chain.Body, TextField.TYPE_NOT_STORED),
                new Field(Schema.Exact, chain.Exact, DocumentBuilder.ExactType),
            });
        }
        writer.Rollback();
    }
}
