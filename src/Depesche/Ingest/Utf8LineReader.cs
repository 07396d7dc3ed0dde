namespace Depesche.Ingest;

/// <summary>
/// Reads a stream line by line as raw bytes, holding at most one line (up to a limit) in memory. Lines end
/// at LF; a CR before it is dropped. A line over the limit is skipped to its end and reported as too long,
/// so one huge line cannot exhaust memory and the lines after it are still read.
/// </summary>
internal sealed class Utf8LineReader
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly long _maxLineBytes;
    private byte[] _buffer = new byte[ChunkSize];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Reads <paramref name="stream"/>, accepting lines of at most <paramref name="maxLineBytes"/> bytes.</summary>
    public Utf8LineReader(Stream stream, long maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>
    /// The next line's bytes (without terminator; valid until the next call), or false at the end.
    /// <paramref name="tooLong"/> is set, with empty bytes, when the line exceeded the limit.
    /// </summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        int scanFrom = _start;
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (newline >= 0)
            {
                int lineEnd = TrimCr(_start, newline);
                tooLong |= lineEnd - _start > _maxLineBytes;
                line = tooLong ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(_start, lineEnd - _start);
                _start = newline + 1;
                LineNumber++;
                return true;
            }
            if (_end - _start > _maxLineBytes)
            {
                // Drop what we hold of the overlong line and keep scanning for its end.
                tooLong = true;
                _start = _end = 0;
            }
            if (_eof)
            {
                int lineEnd = TrimCr(_start, _end);
                tooLong |= lineEnd - _start > _maxLineBytes;
                line = tooLong ? ReadOnlyMemory<byte>.Empty : _buffer.AsMemory(_start, lineEnd - _start);
                bool any = tooLong || _end > _start;
                _start = _end;
                if (any) LineNumber++;
                return any;
            }
            scanFrom = Fill();
        }
    }

    // Moves held bytes to the front, grows the buffer when a line fills it, reads more; returns where the
    // newly read bytes start so the scan does not repeat.
    private int Fill()
    {
        int held = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, held);
            _start = 0;
            _end = held;
        }
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, _buffer.Length * 2);
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        int fresh = _end;
        _end += read;
        return fresh;
    }

    private int TrimCr(int start, int end) => end > start && _buffer[end - 1] == '\r' ? end - 1 : end;
}
