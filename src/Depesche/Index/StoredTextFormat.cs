using System.Collections.Concurrent;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ZstdException = ZstdSharp.ZstdException;
using Compressor = Lucene.Net.Codecs.Compressing.Compressor;
using Decompressor = Lucene.Net.Codecs.Compressing.Decompressor;
using CompressionMode = Lucene.Net.Codecs.Compressing.CompressionMode;
using Directory = Lucene.Net.Store.Directory;

namespace Depesche.Index;

/// <summary>
/// Stored text in Lucene's compressing format, in chunks of 4 KB (a few articles each), each chunk compressed
/// by zstd (level 3) against the segment's <see cref="TextDictionary"/>. The segment keeps its dictionary in a file of
/// its own (<c>_N.fdz</c>: empty when it has none), written when the segment is and checked by its checksum when read,
/// so a segment never depends on anything outside its files. Segments of one dictionary share one compression mode:
/// merging them copies their compressed chunks as they are; segments of different dictionaries are recompressed.
/// </summary>
internal sealed class StoredTextFormat : StoredFieldsFormat
{
    /// <summary>The extension of a segment's dictionary file.</summary>
    public const string DictionaryExtension = "fdz";

    private const string FormatName = "DepescheStoredText";
    private const string DictionaryCodec = "DepescheTextDictionary";
    private const int DictionaryVersion = 0;

    // Reading a document decompresses its whole chunk, so the chunk is small: against the dictionary, chunks of 4 KB
    // compress the scale corpus's articles 2.45×, of 8 KB 2.46×, of 16 KB 2.48×, and a chunk reads in 8.5 / 14 / 27 µs
    // and compresses at 187 / 177 / 125 MB/s (zstd works in place on the dictionary for small inputs; docs/benchmarks.md,
    // "Session 13"). A question reads 30 hits' text for its word families: with 16 KB chunks that was a fifth of its time.
    private const int ChunkBytes = 1 << 12;

    // One mode per dictionary content for the process's lifetime: a dictionary is learned once per archive (110 KB
    // each), so there are as many as archives this process wrote or read.
    private static readonly ConcurrentDictionary<string, Zstd> s_modes = new(StringComparer.Ordinal);

    private volatile TextDictionary? _dictionary;

    /// <summary>The dictionary the next segments are written with; see <see cref="ArchiveCodec.Dictionary"/>.</summary>
    public TextDictionary? Dictionary
    {
        get => _dictionary;
        set => _dictionary = value;
    }

    /// <inheritdoc />
    public override StoredFieldsReader FieldsReader(Directory directory, SegmentInfo si, FieldInfos fn, IOContext context) =>
        new CompressingStoredFieldsReader(directory, si, "", fn, context, FormatName, ModeFor(ReadDictionary(directory, si.Name, context)));

    /// <inheritdoc />
    public override StoredFieldsWriter FieldsWriter(Directory directory, SegmentInfo si, IOContext context)
    {
        var dictionary = _dictionary;
        using (var output = directory.CreateOutput(DictionaryFile(si.Name), context))
        {
            CodecUtil.WriteHeader(output, DictionaryCodec, DictionaryVersion);
            byte[] bytes = dictionary?.Bytes ?? [];
            output.WriteVInt32(bytes.Length);
            output.WriteBytes(bytes, 0, bytes.Length);
            CodecUtil.WriteFooter(output);
        }
        return new CompressingStoredFieldsWriter(directory, si, "", context, FormatName, ModeFor(dictionary), ChunkBytes);
    }

    /// <summary>The dictionary segment <paramref name="segment"/> was written with, or null when it has none.</summary>
    public static TextDictionary? ReadDictionary(Directory directory, string segment, IOContext context)
    {
        using var input = directory.OpenChecksumInput(DictionaryFile(segment), context);
        CodecUtil.CheckHeader(input, DictionaryCodec, DictionaryVersion, DictionaryVersion);
        int length = input.ReadVInt32();
        if (length < 0 || length > 16 * TextDictionary.Capacity)
            throw new CorruptIndexException($"text dictionary of {length} bytes in {input}");
        byte[] bytes = new byte[length];
        input.ReadBytes(bytes, 0, length);
        CodecUtil.CheckFooter(input);
        return length == 0 ? null : new TextDictionary(bytes);
    }

    private static string DictionaryFile(string segment) => IndexFileNames.SegmentFileName(segment, "", DictionaryExtension);

    private static Zstd ModeFor(TextDictionary? dictionary) =>
        dictionary is null ? Zstd.Plain : s_modes.GetOrAdd(dictionary.Key, _ => new Zstd(dictionary.Bytes));

    private sealed class Zstd(byte[] dictionary) : CompressionMode
    {
        public static readonly Zstd Plain = new([]);

        // Level 3, zstd's default: with a dictionary 2.48× at 118 MB/s on 16 KB chunks of news text, about the speed
        // of zlib level 2 (1.98×, 112 MB/s); levels 1 and 2 gave 2.15× and 2.35× (docs/benchmarks.md, "Session 13").
        private const int Level = 3;

        public override Compressor NewCompressor() => new Packer(dictionary);

        public override Decompressor NewDecompressor() => new Unpacker(dictionary);

        private sealed class Packer : Compressor
        {
            private readonly ZstdSharp.Compressor _zstd = new(Level);
            private byte[] _packed = [];

            public Packer(byte[] dictionary)
            {
                if (dictionary.Length > 0) _zstd.LoadDictionary(dictionary);
            }

            public override void Compress(byte[] bytes, int off, int len, DataOutput output)
            {
                int bound = ZstdSharp.Compressor.GetCompressBound(len);
                if (_packed.Length < bound) _packed = new byte[ArrayUtil.Oversize(bound, 1)];
                int packed = _zstd.Wrap(bytes.AsSpan(off, len), _packed);
                output.WriteVInt32(packed);
                output.WriteBytes(_packed, 0, packed);
            }
        }

        private sealed class Unpacker : Decompressor
        {
            private readonly byte[] _dictionary;
            private readonly ZstdSharp.Decompressor _zstd = new();
            private byte[] _packed = [];

            public Unpacker(byte[] dictionary)
            {
                _dictionary = dictionary;
                if (dictionary.Length > 0) _zstd.LoadDictionary(dictionary);
            }

            public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
            {
                int packedLength = input.ReadVInt32();
                if (packedLength < 0) throw new CorruptIndexException($"stored text chunk of {packedLength} bytes in {input}");
                if (_packed.Length < packedLength) _packed = new byte[ArrayUtil.Oversize(packedLength, 1)];
                input.ReadBytes(_packed, 0, packedLength);
                if (bytes.Bytes.Length < originalLength) bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength, 1)];
                int unpacked;
                try
                {
                    unpacked = _zstd.Unwrap(_packed.AsSpan(0, packedLength), bytes.Bytes.AsSpan(0, originalLength));
                }
                catch (ZstdException e)
                {
                    throw new CorruptIndexException($"stored text in {input} does not decompress: {e.Message}", e);
                }
                if (unpacked != originalLength)
                    throw new CorruptIndexException($"stored text in {input} decompresses to {unpacked} bytes, not {originalLength}");
                bytes.Offset = offset;
                bytes.Length = length;
            }

            public override object Clone() => new Unpacker(_dictionary);
        }
    }
}
