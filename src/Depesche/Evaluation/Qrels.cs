using System.Globalization;

namespace Depesche.Evaluation;

/// <summary>Relevance judgements in TREC form: <c>query_id 0 doc_id relevance</c>.</summary>
public static class Qrels
{
    /// <summary>Reads <paramref name="path"/> as <c>eval.py</c> does: short lines are skipped, relevance is an integer.</summary>
    public static IReadOnlyDictionary<string, Dictionary<string, int>> Load(string path)
    {
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (string line in EvalFiles.Lines(path))
        {
            lineNumber++;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 4) continue;
            if (!double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out double rel))
                throw new DepescheException(FailureKind.Usage, $"{path}:{lineNumber}: relevance '{parts[3]}' is not a number");
            if (!qrels.TryGetValue(parts[0], out var docs)) qrels[parts[0]] = docs = new Dictionary<string, int>(StringComparer.Ordinal);
            docs[parts[2]] = (int)rel;
        }
        return qrels;
    }
}
