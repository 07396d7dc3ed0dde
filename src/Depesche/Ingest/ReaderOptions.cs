namespace Depesche.Ingest;

/// <summary>Settings the user gives to every reader of one ingest run.</summary>
public sealed record ReaderOptions
{
    /// <summary>The source label for inputs that carry none (CSV <c>label;text</c> form); else the file name is used.</summary>
    public string? DefaultSource { get; init; }

    /// <summary>The largest record (line, file or page) a reader accepts, in bytes; larger ones are rejected.</summary>
    public long MaxRecordBytes { get; init; } = 16 * 1024 * 1024;
}
