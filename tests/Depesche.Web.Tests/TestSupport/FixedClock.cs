namespace Depesche.Web.Tests.TestSupport;

/// <summary>A clock that always says <paramref name="now"/>, for ingest stamps; timers still run on real time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
