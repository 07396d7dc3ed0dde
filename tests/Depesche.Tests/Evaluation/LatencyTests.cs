using Depesche.Evaluation;

namespace Depesche.Tests.Evaluation;

public sealed class LatencyTests
{
    [Fact]
    public void Percentiles_interpolate_linearly_between_samples_like_numpy()
    {
        var latency = Latency.Of([4.0, 1.0, 3.0, 2.0]);
        Assert.Equal(4, latency.Samples);
        Assert.Equal(2.5, latency.P50, 9);
        Assert.Equal(3.85, latency.P95, 9);
        Assert.Equal(3.97, latency.P99, 9);
        Assert.Equal(2.5, latency.Mean, 9);
    }

    [Fact]
    public void An_odd_number_of_samples_has_its_middle_as_median()
    {
        var latency = Latency.Of([10.0, 0.5, 7.0, 3.0, 100.0]);
        Assert.Equal(7.0, latency.P50, 9);
        Assert.Equal(82.0, latency.P95, 9); // rank 3.8: 10 + 0.8 * (100 - 10)
    }

    [Fact]
    public void One_sample_is_every_percentile_and_none_gives_zeros()
    {
        Assert.Equal(new Latency(1, 7, 7, 7, 7), Latency.Of([7.0]));
        Assert.Equal(new Latency(0, 0, 0, 0, 0), Latency.Of([]));
    }
}
