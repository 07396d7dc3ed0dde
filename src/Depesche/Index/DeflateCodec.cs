using System.IO.Compression;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using CompressionMode = Lucene.Net.Codecs.Compressing.CompressionMode;

namespace Depesche.Index;

/// <summary>
/// The archive format of schema 5 until session 13: Lucene 4.6's with the stored text DEFLATE-compressed (zlib level
/// 2) instead of LZ4, in chunks of 16 KB. At 200,000 articles the index took 539 MB with LZ4 and 431 MB with this
/// (docs/benchmarks.md, "Index size"). Archives keep segments of it; they are read, and merges rewrite them in
/// <see cref="ArchiveCodec"/>'s format.
/// </summary>
[CodecName("Depesche1")]
internal sealed class DeflateCodec : FilterCodec
{
    // Reading a document inflates its chunk up to it, so larger chunks (32 KB: 68 MB of stored text, 60 KB: 65 MB
    // against 72 MB at 60,000 articles) would save little and slow every hit shown.
    private const int ChunkBytes = 1 << 14;

    private readonly StoredFieldsFormat _stored = new CompressingStoredFieldsFormat("DepescheStoredFields", Deflate.Mode, ChunkBytes);

    /// <summary>The codec segments of this format name (found by that name when a segment is read).</summary>
    public DeflateCodec() : base(new Lucene46Codec()) { }

    /// <inheritdoc />
    public override StoredFieldsFormat StoredFieldsFormat => _stored;

    /// <summary>
    /// DEFLATE through .NET's zlib at level 2. On 16 KB chunks of news text it compresses 1.98× at 96–102 MB/s and
    /// reads a document (inflating its chunk up to it) in 28 µs; Lucene's LZ4 (managed code): 1.34×, 127–132 MB/s,
    /// 17 µs; Lucene's own deflate mode: 2.04×, 64–74 MB/s; Brotli quality 0: 1.82×, 241 MB/s but 65 µs a document,
    /// since it decodes the whole chunk (docs/benchmarks.md, "Index size"). The text is compressed as articles are
    /// indexed and read for every hit shown, so both speeds count. Merges copy compressed chunks as they are (one
    /// mode instance for all segments).
    /// </summary>
    private sealed class Deflate : CompressionMode
    {
        public static readonly Deflate Mode = new();

        private static readonly ZLibCompressionOptions Level = new() { CompressionLevel = 2 };

        public override Compressor NewCompressor() => new Packer();

        public override Decompressor NewDecompressor() => new Unpacker();

        private sealed class Packer : Compressor
        {
            private readonly MemoryStream _packed = new();

            public override void Compress(byte[] bytes, int off, int len, DataOutput output)
            {
                _packed.SetLength(0);
                using (var deflate = new DeflateStream(_packed, Level, leaveOpen: true)) deflate.Write(bytes, off, len);
                output.WriteVInt32((int)_packed.Length);
                output.WriteBytes(_packed.GetBuffer(), 0, (int)_packed.Length);
            }
        }

        private sealed class Unpacker : Decompressor
        {
            private byte[] _packed = [];

            // Inflates the chunk only as far as the wanted bytes reach.
            public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
            {
                int packedLength = input.ReadVInt32();
                if (_packed.Length < packedLength) _packed = new byte[ArrayUtil.Oversize(packedLength, 1)];
                input.ReadBytes(_packed, 0, packedLength);
                int needed = offset + length;
                if (bytes.Bytes.Length < needed) bytes.Bytes = new byte[ArrayUtil.Oversize(needed, 1)];
                try
                {
                    using var inflate = new DeflateStream(new MemoryStream(_packed, 0, packedLength), System.IO.Compression.CompressionMode.Decompress);
                    inflate.ReadExactly(bytes.Bytes, 0, needed);
                }
                catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
                {
                    throw new CorruptIndexException($"stored text in {input} does not inflate: {e.Message}", e);
                }
                bytes.Offset = offset;
                bytes.Length = length;
            }

            public override object Clone() => new Unpacker();
        }
    }
}
