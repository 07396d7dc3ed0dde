namespace Depesche.Evaluation;

/// <summary>Query latency percentiles in milliseconds, interpolated linearly as the peers' harness does.</summary>
public sealed record Latency(int Samples, double P50, double P95, double P99, double Mean)
{
    /// <summary>Percentiles of <paramref name="millis"/>.</summary>
    public static Latency Of(IReadOnlyList<double> millis)
    {
        if (millis.Count == 0) return new Latency(0, 0, 0, 0, 0);
        var sorted = millis.Order().ToArray();
        return new Latency(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted.Average());
    }

    private static double Percentile(double[] sorted, double p)
    {
        double rank = p / 100 * (sorted.Length - 1);
        int low = (int)Math.Floor(rank);
        int high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
