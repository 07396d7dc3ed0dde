namespace Depesche.Evaluation;

/// <summary>One query of an evaluation with its median time over the timed passes, and its slowest pass.</summary>
public sealed record SlowQuery(string Id, string Text, double MedianMs, double MaxMs)
{
    /// <summary>
    /// The <paramref name="count"/> queries of longest median time in <paramref name="millis"/> (query × pass),
    /// slowest first; ties keep the queries' order.
    /// </summary>
    public static IReadOnlyList<SlowQuery> Slowest(IReadOnlyList<(string Id, string Text)> queries, double[,] millis, int count)
    {
        int passes = millis.GetLength(1);
        if (passes == 0) return [];
        var all = new List<SlowQuery>(queries.Count);
        var times = new double[passes];
        for (int i = 0; i < queries.Count; i++)
        {
            for (int p = 0; p < passes; p++) times[p] = millis[i, p];
            Array.Sort(times);
            double median = passes % 2 == 1 ? times[passes / 2] : (times[passes / 2 - 1] + times[passes / 2]) / 2;
            all.Add(new SlowQuery(queries[i].Id, queries[i].Text, median, times[^1]));
        }
        return all.OrderByDescending(q => q.MedianMs).Take(count).ToList();
    }
}
