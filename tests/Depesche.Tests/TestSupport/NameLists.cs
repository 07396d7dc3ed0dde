namespace Depesche.Tests.TestSupport;

/// <summary>
/// The name lists of <c>TestData/Names</c>: spellings of one name (<c>variant-pairs.tsv</c>) and look-alikes
/// that are not (<c>lookalike-nonpairs.tsv</c>), one <c>spelling&lt;TAB&gt;spelling&lt;TAB&gt;kind</c> a line.
/// </summary>
public static class NameLists
{
    /// <summary>Two spellings from one line, with its kind (person, place, org, word) and line number.</summary>
    public sealed record Pair(string A, string B, string Kind, int Line)
    {
        public override string ToString() => $"{A} / {B}";
    }

    public static IReadOnlyList<Pair> VariantPairs { get; } = Read("variant-pairs.tsv");

    public static IReadOnlyList<Pair> LookalikeNonPairs { get; } = Read("lookalike-nonpairs.tsv");

    private static List<Pair> Read(string file)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "Names", file);
        var pairs = new List<Pair>();
        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
            string[] cells = lines[i].Split('\t');
            if (cells.Length != 3 || cells.Any(c => c.Trim().Length == 0))
                throw new InvalidDataException($"{file}:{i + 1}: expected spelling<TAB>spelling<TAB>kind");
            pairs.Add(new Pair(cells[0], cells[1], cells[2], i + 1));
        }
        return pairs;
    }
}
