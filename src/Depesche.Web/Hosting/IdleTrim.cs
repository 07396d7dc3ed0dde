namespace Depesche.Web.Hosting;

/// <summary>
/// When <see cref="IdleMemoryTrimmer"/> gives memory back: once the server has had no request for a while, and then
/// not again until a request or a new commit has come (either can grow the heap again).
/// </summary>
internal sealed class IdleTrim(TimeSpan idleAfter)
{
    private long _request = long.MinValue;
    private long _version = long.MinValue;

    /// <summary>
    /// Whether to trim now, given the time since the last request, that request's timestamp and the commit the
    /// server searches; true at most once for one request and commit.
    /// </summary>
    public bool Due(TimeSpan sinceLastRequest, long lastRequest, long version)
    {
        if (sinceLastRequest < idleAfter || (lastRequest == _request && version == _version)) return false;
        _request = lastRequest;
        _version = version;
        return true;
    }
}
