namespace Depesche.Ingest;

/// <summary>Settings the user gives to every reader of one ingest run.</summary>
public sealed record ReaderOptions
{
    private readonly long _maxRecordBytes = 16 * 1024 * 1024;

    /// <summary>The source label for inputs that carry none (CSV <c>label;text</c> form); else the file name is used.</summary>
    public string? DefaultSource { get; init; }

    /// <summary>Where the readers report the bytes they consume (progress), if anywhere.</summary>
    public ByteCounter? Counter { get; init; }

    /// <summary>The largest record (line, file or page) a reader accepts, in bytes; larger ones are rejected.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set to zero or less.</exception>
    public long MaxRecordBytes
    {
        get => _maxRecordBytes;
        init => _maxRecordBytes = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxRecordBytes), value, "The record size limit must be positive.");
    }
}
