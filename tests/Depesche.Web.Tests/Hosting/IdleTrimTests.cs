using Depesche.Web.Hosting;

namespace Depesche.Web.Tests.Hosting;

/// <summary>Memory is given back once a server falls idle, and not again until a request or a commit has come.</summary>
public sealed class IdleTrimTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);

    [Fact]
    public void Trims_once_after_the_idle_time_and_again_only_after_a_request_or_a_commit()
    {
        var trim = new IdleTrim(Idle);
        Assert.False(trim.Due(TimeSpan.FromSeconds(3), lastRequest: 100, version: 7));
        Assert.True(trim.Due(TimeSpan.FromSeconds(10), lastRequest: 100, version: 7));
        Assert.False(trim.Due(TimeSpan.FromSeconds(11), lastRequest: 100, version: 7));
        Assert.False(trim.Due(TimeSpan.FromSeconds(60), lastRequest: 100, version: 7));

        // A commit picked up while idle grows the heap (new segments, a new lexicon): trimmed once more.
        Assert.True(trim.Due(TimeSpan.FromSeconds(61), lastRequest: 100, version: 8));
        Assert.False(trim.Due(TimeSpan.FromSeconds(62), lastRequest: 100, version: 8));

        // Requests again: nothing while they come, once when they stop.
        Assert.False(trim.Due(TimeSpan.FromSeconds(1), lastRequest: 500, version: 8));
        Assert.True(trim.Due(TimeSpan.FromSeconds(12), lastRequest: 500, version: 8));
    }
}
