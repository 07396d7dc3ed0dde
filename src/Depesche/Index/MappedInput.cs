using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace Depesche.Index;

/// <summary>
/// One index file mapped into memory and read through a pointer. Lucene.NET's own mapped input reads every byte
/// through a J2N buffer over a <see cref="MemoryMappedViewAccessor"/> (a bounds check, a handle reference taken and
/// released, a virtual call): at 200,000 articles a sixth of a short query's time went to reading single bytes.
/// Clones share the mapping and read on their own positions. The mapping is released when neither the
/// input nor any clone is reachable any more, never while one could still read: Lucene does not close clones, and
/// Lucene.NET's way of disarming them on close is the clone register <see cref="MappedDirectory"/> exists to avoid.
/// </summary>
internal sealed unsafe class MappedInput : IndexInput
{
    private readonly Mapping _mapping;
    private readonly long _length;
    private byte* _at;
    private byte* _end;
    private bool _closed;

    /// <summary>Maps <paramref name="path"/> for reading.</summary>
    public MappedInput(string path) : this($"MappedInput(path=\"{path}\")", new Mapping(path))
    {
    }

    private MappedInput(string description, Mapping mapping) : base(description)
    {
        _mapping = mapping;
        _length = mapping.Length;
        _at = mapping.Pointer;
        _end = _at + _length;
    }

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override long Position => _at - _mapping.Pointer;

    /// <inheritdoc />
    public override void Seek(long pos)
    {
        EnsureOpen();
        if (pos < 0 || pos > _length) throw new EndOfStreamException($"seek past EOF ({pos} of {_length}): {this}");
        _at = _mapping.Pointer + pos;
    }

    /// <inheritdoc />
    public override byte ReadByte()
    {
        if (_at < _end) return *_at++;
        throw PastEnd(1);
    }

    /// <inheritdoc />
    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > _end - _at) throw PastEnd(len);
        new ReadOnlySpan<byte>(_at, len).CopyTo(b.AsSpan(offset, len));
        _at += len;
    }

    /// <inheritdoc />
    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    /// <inheritdoc />
    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    /// <inheritdoc />
    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    /// <inheritdoc />
    public override int ReadVInt32()
    {
        // Lucene's variable-length int: seven bits a byte, low bits first; five bytes at most.
        if (_end - _at < 5) return base.ReadVInt32();
        byte b = *_at++;
        if (b < 0x80) return b;
        int value = b & 0x7F;
        b = *_at++;
        value |= (b & 0x7F) << 7;
        if (b < 0x80) return value;
        b = *_at++;
        value |= (b & 0x7F) << 14;
        if (b < 0x80) return value;
        b = *_at++;
        value |= (b & 0x7F) << 21;
        if (b < 0x80) return value;
        b = *_at++;
        value |= (b & 0x0F) << 28;
        if ((b & 0xF0) == 0) return value;
        throw new IOException($"invalid vInt (too many bits): {this}");
    }

    /// <inheritdoc />
    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0) throw new ArgumentOutOfRangeException(nameof(numBytes), "numBytes must be >= 0");
        if (numBytes > _end - _at) throw PastEnd(numBytes);
        _at += numBytes;
    }

    /// <inheritdoc />
    public override object Clone()
    {
        EnsureOpen();
        return new MappedInput(ToString()!, _mapping) { _at = _at };
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // Reads after closing fail at once (the pointers meet); the mapping stays for clones (see the class comment).
        _closed = true;
        _at = _end;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_end - _at < count) throw PastEnd(count);
        var bytes = new ReadOnlySpan<byte>(_at, count);
        _at += count;
        return bytes;
    }

    private Exception PastEnd(long count)
    {
        EnsureOpen();
        return new EndOfStreamException($"read past EOF ({count} bytes at {Position} of {_length}): {this}");
    }

    private void EnsureOpen()
    {
        if (_closed) throw new ObjectDisposedException(ToString(), "this input was closed");
    }

    // The file's mapping, shared by an input and its clones; the view's own handle unmaps it once none refers to it.
    // The file itself is closed at once (a view stays valid without it), so no open file outlives the archive.
    private sealed class Mapping
    {
        private readonly MemoryMappedViewAccessor? _view;

        public Mapping(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            Length = stream.Length;
            if (Length == 0) return;
            using var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            _view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            Pointer = (byte*)_view.SafeMemoryMappedViewHandle.DangerousGetHandle() + _view.PointerOffset;
        }

        public long Length { get; }

        public byte* Pointer { get; }
    }
}
