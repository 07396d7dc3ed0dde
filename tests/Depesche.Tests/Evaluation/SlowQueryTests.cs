using Depesche.Evaluation;

namespace Depesche.Tests.Evaluation;

public sealed class SlowQueryTests
{
    private static readonly (string Id, string Text)[] Queries = [("q1", "Krieg"), ("q2", "Wahl Berlin"), ("q3", "Gipfel")];

    [Fact]
    public void The_slowest_queries_are_ranked_by_their_median_pass_not_by_one_outlier()
    {
        // q1 has one very slow pass (a pause of the process), q2 is slow in every pass.
        var millis = new double[,] { { 0.5, 9.0, 0.6 }, { 3.0, 2.8, 3.2 }, { 1.0, 1.1, 0.9 } };

        var slowest = SlowQuery.Slowest(Queries, millis, 2);

        Assert.Equal(["q2", "q3"], slowest.Select(q => q.Id));
        Assert.Equal(new SlowQuery("q2", "Wahl Berlin", 3.0, 3.2), slowest[0]);
        Assert.Equal(1.0, slowest[1].MedianMs);
    }

    [Fact]
    public void An_even_number_of_passes_takes_the_mean_of_the_middle_two()
    {
        var millis = new double[,] { { 1, 4 }, { 2, 2 }, { 0, 1 } };

        var slowest = SlowQuery.Slowest(Queries, millis, 3);

        Assert.Equal([2.5, 2.0, 0.5], slowest.Select(q => q.MedianMs));
        Assert.Equal(4, slowest[0].MaxMs);
    }

    [Fact]
    public void No_timed_pass_lists_nothing()
    {
        Assert.Empty(SlowQuery.Slowest(Queries, new double[3, 0], 10));
    }
}
