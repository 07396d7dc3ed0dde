using System.IO.Compression;
using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using CompressionMode = Lucene.Net.Codecs.Compressing.CompressionMode;

namespace Depesche.Index;

/// <summary>
/// Lucene 4.6's index format with the stored text compressed by Brotli instead of LZ4, in chunks of 16 KB as
/// before. The stored text is most of an archive (docs/benchmarks.md, "Index size"). Segments written before it
/// (Lucene46) are still read; merges rewrite them.
/// </summary>
[CodecName("Depesche1")]
internal sealed class ArchiveCodec : FilterCodec
{
    // Reading a document decompresses its whole chunk, so larger chunks would slow every hit shown for little: with
    // DEFLATE, 32 KB chunks held 60,000 articles' text in 68 MB and 60 KB chunks in 65 MB, against 72 MB with 16 KB.
    private const int ChunkBytes = 1 << 14;

    private readonly StoredFieldsFormat _stored = new CompressingStoredFieldsFormat("DepescheStoredFields", Brotli.Mode, ChunkBytes);

    /// <summary>The codec every archive writer uses (found by its name when a segment is read).</summary>
    public ArchiveCodec() : base(new Lucene46Codec()) { }

    /// <inheritdoc />
    public override StoredFieldsFormat StoredFieldsFormat => _stored;

    // A segment names its codec, and Lucene.NET finds codecs outside its own assembly only through a registered
    // factory, which must be in place before any index is opened: the module initializer runs when this assembly loads.
#pragma warning disable CA2255 // a library's module initializer: it is what makes the library's own indexes readable
    [ModuleInitializer]
    internal static void Register() => Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(ArchiveCodec)] });
#pragma warning restore CA2255

    /// <summary>
    /// Brotli at quality 0 through .NET's encoder: on 16 KB chunks of news text it compresses 1.82× at 241 MB/s and
    /// decompresses at 248 MB/s, where Lucene's LZ4 (managed code) gives 1.34× at 127 MB/s and 213 MB/s, zlib level 2
    /// 1.98× at 96 MB/s and Lucene's own deflate mode 2.04× at 64 MB/s (docs/benchmarks.md, "Index size"). The stored
    /// text is compressed as articles are indexed, so that speed is ingest time. Merges copy compressed chunks as they
    /// are (one mode instance for all segments).
    /// </summary>
    private sealed class Brotli : CompressionMode
    {
        public static readonly Brotli Mode = new();

        private const int Quality = 0;

        // log2 of the window: a chunk is 16 KB (more than one document only when they are short).
        private const int Window = 16;

        public override Compressor NewCompressor() => new Packer();

        public override Decompressor NewDecompressor() => new Unpacker();

        private sealed class Packer : Compressor
        {
            private byte[] _packed = [];

            public override void Compress(byte[] bytes, int off, int len, DataOutput output)
            {
                int bound = BrotliEncoder.GetMaxCompressedLength(len);
                if (_packed.Length < bound) _packed = new byte[ArrayUtil.Oversize(bound, 1)];
                if (!BrotliEncoder.TryCompress(bytes.AsSpan(off, len), _packed, out int written, Quality, Window))
                    throw new InvalidOperationException($"Brotli could not compress a chunk of {len} bytes");
                output.WriteVInt32(written);
                output.WriteBytes(_packed, 0, written);
            }
        }

        private sealed class Unpacker : Decompressor
        {
            private byte[] _packed = [];

            public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
            {
                int packedLength = input.ReadVInt32();
                if (_packed.Length < packedLength) _packed = new byte[ArrayUtil.Oversize(packedLength, 1)];
                input.ReadBytes(_packed, 0, packedLength);
                if (bytes.Bytes.Length < originalLength) bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength, 1)];
                if (!BrotliDecoder.TryDecompress(_packed.AsSpan(0, packedLength), bytes.Bytes.AsSpan(0, originalLength), out int written)
                    || written != originalLength)
                    throw new CorruptIndexException($"stored text does not decompress to its {originalLength} bytes");
                bytes.Offset = offset;
                bytes.Length = length;
            }

            public override object Clone() => new Unpacker();
        }
    }
}
