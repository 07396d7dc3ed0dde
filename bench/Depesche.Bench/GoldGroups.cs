namespace Depesche.Bench;

/// <summary>
/// A stemming gold standard: each line a group of word forms that should share one stem. A word listed
/// in more than one group (a noun and an adjective spelled alike, say) counts once, in its first group,
/// so that the groups partition the words and pairs can be counted by buckets.
/// </summary>
internal sealed class GoldGroups
{
    private GoldGroups(IReadOnlyList<string> words, int[] groupOf, int groups, int repeated)
    {
        Words = words;
        GroupOf = groupOf;
        Groups = groups;
        Repeated = repeated;
    }

    /// <summary>The distinct words, as spelled in the file.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The group of each word (index as <see cref="Words"/>).</summary>
    public IReadOnlyList<int> GroupOf { get; }

    /// <summary>Number of non-empty lines.</summary>
    public int Groups { get; }

    /// <summary>Listings of a word already seen in an earlier group (left out).</summary>
    public int Repeated { get; }

    /// <summary>Reads a gold file (UTF-8, words separated by spaces).</summary>
    public static GoldGroups Read(string path)
    {
        if (!File.Exists(path)) throw new BenchInputException($"{path}: no such file");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>();
        var groupOf = new List<int>();
        int groups = 0, repeated = 0;
        foreach (string line in File.ReadLines(path))
        {
            string[] members = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (members.Length == 0) continue;
            foreach (string word in members)
            {
                if (!seen.Add(word))
                {
                    repeated++;
                    continue;
                }
                words.Add(word);
                groupOf.Add(groups);
            }
            groups++;
        }
        return new GoldGroups(words, groupOf.ToArray(), groups, repeated);
    }
}
