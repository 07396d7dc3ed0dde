namespace Depesche.Bench;

/// <summary>
/// Pairwise precision, recall and F1 of a stemming against gold groups. Over all pairs of distinct words:
/// a pair is predicted when both words get one stem, gold when both are in one group, and true when both.
/// Pairs are counted from bucket sizes (n words in a bucket make n(n-1)/2 pairs), never enumerated.
/// </summary>
internal readonly record struct PairwiseF1(long SameStem, long SameGroup, long Both)
{
    /// <summary>Share of same-stem pairs that the gold puts in one group.</summary>
    public double Precision => SameStem == 0 ? 1 : (double)Both / SameStem;

    /// <summary>Share of same-group pairs that get one stem.</summary>
    public double Recall => SameGroup == 0 ? 1 : (double)Both / SameGroup;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts the pairs of <paramref name="gold"/> under the stems <paramref name="stems"/> (one per word, same order).</summary>
    public static PairwiseF1 Count(GoldGroups gold, IReadOnlyList<string> stems)
    {
        var perStem = new Dictionary<string, int>(StringComparer.Ordinal);
        var perStemAndGroup = new Dictionary<(string, int), int>();
        var perGroup = new int[gold.Groups];
        for (int i = 0; i < stems.Count; i++)
        {
            int group = gold.GroupOf[i];
            perGroup[group]++;
            Increment(perStem, stems[i]);
            Increment(perStemAndGroup, (stems[i], group));
        }
        return new PairwiseF1(Pairs(perStem.Values), Pairs(perGroup), Pairs(perStemAndGroup.Values));
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static long Pairs(IEnumerable<int> bucketSizes) => bucketSizes.Sum(n => (long)n * (n - 1) / 2);
}
