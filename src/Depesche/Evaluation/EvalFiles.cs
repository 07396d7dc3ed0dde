namespace Depesche.Evaluation;

/// <summary>Reads evaluation files line by line, turning a missing file into a clear error.</summary>
internal static class EvalFiles
{
    public static IEnumerable<string> Lines(string path)
    {
        if (!File.Exists(path)) throw new DepescheException(FailureKind.Usage, $"{path}: no such file");
        return File.ReadLines(path);
    }
}
