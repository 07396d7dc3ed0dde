using System.CommandLine;
using Depesche.Analysis.German;
using Depesche.Evaluation;
using Depesche.Json;
using Depesche.Search;

namespace Depesche.Cli.Commands;

/// <summary><c>depesche eval</c>: search quality (MRR@10, nDCG@10, Recall@100) and latency on an evaluation set.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string?>("--corpus") { Description = "Corpus (JSON Lines) to index into a throwaway archive", HelpName = "C.jsonl" };
        var data = new Option<string?>("--data") { Description = "Search this existing archive instead of building one", HelpName = "DIR" };
        var queries = new Option<string>("--queries") { Description = "Queries, qid<TAB>text", Required = true, HelpName = "Q.tsv" };
        var qrels = new Option<string?>("--qrels") { Description = "Relevance judgements (TREC qrels)", HelpName = "R.txt" };
        var k = new Option<int>("--k") { Description = "Hits per query", DefaultValueFactory = _ => 100 };
        var run = new Option<string?>("--run") { Description = "Write the TREC run here", HelpName = "OUT.txt" };
        var json = CommonOptions.Json();
        var warmup = new Option<int>("--warmup") { Description = "Untimed passes", DefaultValueFactory = _ => 1 };
        var passes = new Option<int>("--passes") { Description = "Timed passes", DefaultValueFactory = _ => 3 };
        var suffix = new Option<string?>("--only") { Description = "Only queries whose id ends so (e.g. -words)", HelpName = "SUFFIX" };
        var max = new Option<int?>("--max-queries") { Description = "Only the first N queries", HelpName = "N" };
        var stemmer = new Option<string>("--stemmer") { Description = "none, light, minimal, german, german2 or cistem", DefaultValueFactory = _ => "german2" };
        var allUpTo = new Option<int?>("--all-words-up-to") { Description = "Tuning: queries with at most N words need all of them", HelpName = "N" };
        var titleBoost = new Option<float?>("--title-boost") { Description = "Tuning: weight of headline matches", HelpName = "W" };
        var exactBoost = new Option<float?>("--exact-boost") { Description = "Tuning: weight of exact-spelling matches", HelpName = "W" };
        var nameBoost = new Option<float?>("--name-variant-boost") { Description = "Tuning: weight of other transliterations of a name (0 = off)", HelpName = "W" };
        var k1 = new Option<float?>("--k1") { Description = "Tuning: BM25 k1 of queries that need all their words", HelpName = "K1" };
        var b = new Option<float?>("--b") { Description = "Tuning: BM25 b of queries that need all their words", HelpName = "B" };
        var anyK1 = new Option<float?>("--any-k1") { Description = "Tuning: BM25 k1 of queries of any words (questions, long queries)", HelpName = "K1" };
        var anyB = new Option<float?>("--any-b") { Description = "Tuning: BM25 b of queries of any words", HelpName = "B" };
        var compoundBoost = new Option<float?>("--compound-boost") { Description = "Tuning: weight of compounds holding a query word", HelpName = "W" };
        var proximity = new Option<float?>("--proximity-boost") { Description = "Tuning: weight of query words standing close together", HelpName = "W" };
        var closeWords = new Option<float?>("--close-words-boost") { Description = "Tuning: weight of the query's words standing within a few words of each other (0 = off)", HelpName = "W" };
        var wordFamily = new Option<float?>("--word-family-boost") { Description = "Tuning: weight of a question's words held in a form of the same family (0 = off)", HelpName = "W" };
        var unknownFamily = new Option<float?>("--unknown-word-family-boost") { Description = "Tuning: weight of the family of a question word no article holds (0 = off)", HelpName = "W" };
        var headlinePhrase = new Option<float?>("--headline-phrase-boost") { Description = "Tuning: weight of a headline holding the query's words in order (0 = off)", HelpName = "W" };
        var command = new Command("eval", "Measure search quality and latency on an evaluation set")
        {
            corpus, data, queries, qrels, k, run, json, warmup, passes, suffix, max, stemmer, allUpTo, titleBoost, exactBoost, k1, b, anyK1, anyB, compoundBoost, nameBoost, proximity, closeWords, wordFamily, unknownFamily, headlinePhrase,
        };
        command.SetAction(parse =>
        {
            StemmerKind stem;
            try { stem = Stemming.Parse(parse.GetValue(stemmer)!); }
            catch (ArgumentException e) { throw new DepescheException(FailureKind.Usage, e.Message, e); }
            var ranking = Ranking.Default;
            if (parse.GetValue(allUpTo) is { } n) ranking = ranking with { AllWordsUpTo = n };
            if (parse.GetValue(titleBoost) is { } tb) ranking = ranking with { TitleBoost = tb };
            if (parse.GetValue(exactBoost) is { } eb) ranking = ranking with { ExactBoost = eb };
            if (parse.GetValue(compoundBoost) is { } cb) ranking = ranking with { CompoundPartBoost = cb, PartsApartBoost = cb };
            if (parse.GetValue(proximity) is { } pb) ranking = ranking with { ProximityBoost = pb };
            if (parse.GetValue(closeWords) is { } cw) ranking = ranking with { CloseWordsBoost = cw };
            if (parse.GetValue(wordFamily) is { } wf) ranking = ranking with { WordFamilyBoost = wf };
            if (parse.GetValue(unknownFamily) is { } uf) ranking = ranking with { UnknownWordFamilyBoost = uf };
            if (parse.GetValue(headlinePhrase) is { } hp) ranking = ranking with { HeadlinePhraseBoost = hp };
            if (parse.GetValue(k1) is { } kk) ranking = ranking with { K1 = kk };
            if (parse.GetValue(b) is { } bb) ranking = ranking with { B = bb };
            if (parse.GetValue(anyK1) is { } ak) ranking = ranking with { AnyK1 = ak };
            if (parse.GetValue(anyB) is { } ab) ranking = ranking with { AnyB = ab };
            if (parse.GetValue(nameBoost) is { } nb) ranking = ranking with { NameVariantBoost = nb };
            var options = new EvalOptions
            {
                Corpus = parse.GetValue(corpus), DataFolder = parse.GetValue(data), Queries = parse.GetValue(queries)!,
                QrelsPath = parse.GetValue(qrels), K = parse.GetValue(k), RunPath = parse.GetValue(run),
                Warmup = parse.GetValue(warmup), Passes = parse.GetValue(passes), OnlySuffix = parse.GetValue(suffix),
                MaxQueries = parse.GetValue(max), Stemmer = stem, Ranking = ranking,
            };
            return Run(context, options, parse.GetValue(json));
        });
        return command;
    }

    public static int Run(CliContext context, EvalOptions options, bool json)
    {
        var report = EvalRunner.Run(options, line => context.Error.WriteLine(line));
        if (json)
        {
            JsonStyle.Write(context.Out, report);
            return Cli.Ok;
        }
        var o = context.Out;
        o.WriteLine($"documents {report.Documents:N0}, queries {report.Queries:N0}, k {report.K}, stemmer {report.Stemmer}, empty {report.Empty}");
        foreach (var m in report.Metrics)
            o.WriteLine($"{(m.Group == "all" ? "all" : "group=" + m.Group)} queries={m.Queries} MRR@10={m.Mrr10:0.0000} nDCG@10={m.Ndcg10:0.0000} Recall@100={m.Recall100:0.0000}");
        var l = report.Latency;
        o.WriteLine($"latency ms (warm-up {report.Warmup}, passes {report.Passes}, {l.Samples} samples): p50 {l.P50:0.000} p95 {l.P95:0.000} p99 {l.P99:0.000} mean {l.Mean:0.000}");
        if (report.Slowest.Count > 0)
        {
            o.WriteLine($"slowest {report.Slowest.Count} queries (median of the passes, slowest pass, ms):");
            foreach (var q in report.Slowest) o.WriteLine($"  {q.MedianMs,8:0.000} {q.MaxMs,8:0.000}  {q.Id}  {q.Text}");
        }
        if (report.RunPath is not null) o.WriteLine($"run written to {report.RunPath}");
        return Cli.Ok;
    }
}
