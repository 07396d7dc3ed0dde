using System.Diagnostics;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Depesche.Search;

/// <summary>
/// When a search stops collecting hits: a point in real time, set from the search's own clock when it starts. Lucene's
/// <see cref="TimeLimitingCollector"/> counts time by default with one global thread that adds its 20 ms resolution
/// each time it wakes, and starts counting at the first segment: on two busy cores that thread woke late (it counted
/// 740 ms while 847 ms passed), and the weights built before the first segment were not counted, so hostile queries
/// on the 200,000-article archive answered in 1.0–1.2 s against the 1 s limit (docs/reliability.md, session 15).
/// </summary>
internal sealed class SearchDeadline
{
    // The deadline on the system's millisecond clock (TickCount64), which the collectors read at every hit: it costs
    // 5 ns a read on this machine, a Stopwatch 28 ns (a /tmp loop of 50 million reads).
    private readonly long _at;

    /// <param name="clock">The search's clock.</param>
    /// <param name="at">Where on <paramref name="clock"/> collecting must stop.</param>
    public SearchDeadline(Stopwatch clock, TimeSpan at) =>
        _at = Environment.TickCount64 + (long)Math.Ceiling((at - clock.Elapsed).TotalMilliseconds);

    /// <summary>Whether the deadline has passed.</summary>
    public bool Passed => Environment.TickCount64 >= _at;

    /// <summary>Throws <see cref="PassedException"/> when the deadline has passed.</summary>
    public void ThrowIfPassed()
    {
        if (Passed) throw new PassedException();
    }

    /// <summary>
    /// <paramref name="collector"/>, stopped with <see cref="TimeLimitingCollector.TimeExceededException"/> by the
    /// first hit collected after the deadline (each thread of a search takes its own).
    /// </summary>
    public TimeLimitingCollector Limit(ICollector collector)
    {
        var limited = new TimeLimitingCollector(collector, SystemTicks.Instance, 0);
        // Counted from the deadline's own point, not from the first segment (the weights are built before it).
        limited.SetBaseline(_at);
        return limited;
    }

    // Environment.TickCount64 as Lucene's counter.
    private sealed class SystemTicks : Counter
    {
        public static readonly SystemTicks Instance = new();

        public override long Value => Environment.TickCount64;

        public override long AddAndGet(long delta) => throw new NotSupportedException("a clock is only read");
    }

    /// <summary>Thrown by <see cref="ThrowIfPassed"/>: the search stops where it is and answers with what it found.</summary>
    public sealed class PassedException : Exception
    {
        public PassedException() : base("the search's time to collect hits has passed")
        {
        }
    }
}
