namespace Depesche.Ingest;

/// <summary>One input to read: a file on disk or a downloaded feed, opened as a stream on demand.</summary>
public sealed class InputFile
{
    private readonly Func<Stream> _open;

    /// <summary>An input named <paramref name="path"/> (shown in messages) whose bytes come from <paramref name="open"/>.</summary>
    public InputFile(string path, Func<Stream> open)
    {
        Path = path;
        _open = open;
    }

    /// <summary>The path or URL shown in messages.</summary>
    public string Path { get; }

    /// <summary>Opens the input from its beginning.</summary>
    public Stream Open() => _open();

    /// <summary>An input backed by a file on disk; its bytes are reported to <paramref name="counter"/> as they are read.</summary>
    public static InputFile FromDisk(string path, ByteCounter? counter = null) =>
        new(path, () =>
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return counter is null ? file : new CountingStream(file, counter);
        });
}
