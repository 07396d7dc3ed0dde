namespace Depesche.Evaluation;

/// <summary>Queries of an evaluation set: TSV lines <c>query_id&lt;TAB&gt;text</c>.</summary>
public static class QuerySet
{
    /// <summary>Reads <paramref name="path"/>; a malformed line is a clear error with its place.</summary>
    public static IReadOnlyList<(string Id, string Text)> Load(string path)
    {
        var queries = new List<(string, string)>();
        int lineNumber = 0;
        foreach (string line in EvalFiles.Lines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0)
                throw new DepescheException(FailureKind.Usage, $"{path}:{lineNumber}: expected 'query_id<TAB>text'");
            queries.Add((line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return queries;
    }
}
