namespace Depesche.Web.Hosting;

/// <summary>When the last request arrived (a timestamp of the server's clock); every request touches it.</summary>
internal sealed class RequestActivity(ServeOptions options)
{
    private long _last = options.Clock.GetTimestamp();

    /// <summary>The timestamp of the last request (or of the start).</summary>
    public long Last => Volatile.Read(ref _last);

    /// <summary>Records a request now.</summary>
    public void Touch() => Volatile.Write(ref _last, options.Clock.GetTimestamp());
}
