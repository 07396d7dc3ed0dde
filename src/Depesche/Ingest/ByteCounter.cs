namespace Depesche.Ingest;

/// <summary>Counts the input bytes the readers have consumed, for progress and MB/s; thread-safe.</summary>
public sealed class ByteCounter
{
    private long _bytes;

    /// <summary>Bytes read so far.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Adds <paramref name="count"/> bytes.</summary>
    public void Add(long count) => Interlocked.Add(ref _bytes, count);
}
