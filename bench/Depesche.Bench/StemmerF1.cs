using System.Diagnostics;
using System.Globalization;
using Depesche.Analysis.German;

namespace Depesche.Bench;

/// <summary>
/// <c>stemmer-f1</c>: pairwise precision, recall and F1 (<see cref="PairwiseF1"/>) of every stemmer option
/// on the CISTEM gold standards (<c>eval/stem-cistem/goldstandard1.txt</c> and <c>2</c>), printed as a
/// Markdown table. Each stemmer sees the words twice: "raw" (lower case only) and "chain" (lower case, then
/// the chain's folding: GermanNormalizationFilter and ASCIIFolding, as the index does). A last row runs
/// CISTEM as its paper did, case-sensitively on the words as spelled in the gold file.
/// </summary>
internal static class StemmerF1
{
    private static readonly string[] GoldFiles = ["goldstandard1.txt", "goldstandard2.txt"];

    private static readonly (string Name, StemmerKind Kind)[] Stemmers =
    [
        ("none", StemmerKind.None),
        ("light", StemmerKind.Light),
        ("minimal", StemmerKind.Minimal),
        ("german", StemmerKind.Snowball),
        ("german2", StemmerKind.Snowball2),
        ("cistem", StemmerKind.Cistem),
    ];

    public static int Run(string sharedData, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        string folder = Path.Combine(sharedData, "eval", "stem-cistem");
        var golds = GoldFiles.Select(f => (File: f, Groups: GoldGroups.Read(Path.Combine(folder, f)))).ToArray();

        var runs = new List<(string Stemmer, string Input, Func<string, string> Stem, IDisposable? Owner)>();
        foreach (var (name, kind) in Stemmers)
        {
            foreach (bool fold in new[] { false, true })
            {
                var stemmer = new WordStemmer(kind, fold);
                runs.Add((name, fold ? "chain" : "raw", stemmer.Stem, stemmer));
            }
        }
        runs.Add(("cistem, case-sensitive", "as spelled (paper)", w => Cistem.Stem(w), null));

        var rows = new PairwiseF1[runs.Count, golds.Length];
        Parallel.For(0, runs.Count, r =>
        {
            for (int g = 0; g < golds.Length; g++)
            {
                var words = golds[g].Groups.Words;
                var stems = new string[words.Count];
                for (int i = 0; i < stems.Length; i++) stems[i] = runs[r].Stem(words[i]);
                rows[r, g] = PairwiseF1.Count(golds[g].Groups, stems);
            }
        });
        foreach (var run in runs) run.Owner?.Dispose();

        output.WriteLine("Pairwise F1 on the CISTEM gold standards (eval/stem-cistem).");
        foreach (var (file, groups) in golds)
            output.WriteLine(Invariant($"- {file}: {groups.Groups:N0} groups, {groups.Words.Count:N0} distinct words ({groups.Repeated:N0} repeated listings counted in their first group only)"));
        output.WriteLine();
        output.WriteLine("| stemmer | input | gold | precision | recall | F1 |");
        output.WriteLine("|---|---|---|---:|---:|---:|");
        for (int g = 0; g < golds.Length; g++)
            for (int r = 0; r < runs.Count; r++)
                output.WriteLine(Invariant($"| {runs[r].Stemmer} | {runs[r].Input} | {golds[g].File} | {rows[r, g].Precision:F4} | {rows[r, g].Recall:F4} | {rows[r, g].F1:F4} |"));
        Console.Error.WriteLine(Invariant($"stemmer-f1: {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
