using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Depesche.Index;

/// <summary>
/// The format of an <see cref="IndexBatch"/>'s scratch segment, which lives in memory until the batch is added to the
/// archive: Lucene 4.6's with the stored fields copied rather than compressed, since adding the batch reads them back
/// and the archive's codec compresses them then, once.
/// </summary>
[CodecName("DepescheScratch")]
internal sealed class ScratchCodec : FilterCodec
{
    /// <summary>The codec (found by its name when the scratch segment is read).</summary>
    public ScratchCodec() : base(new Lucene46Codec()) { }

    /// <inheritdoc />
    public override StoredFieldsFormat StoredFieldsFormat { get; } =
        new CompressingStoredFieldsFormat("DepescheScratchStored", new Copying(), 1 << 16);

    private sealed class Copying : CompressionMode
    {
        public override Compressor NewCompressor() => new Copier();

        public override Decompressor NewDecompressor() => new Reader();

        private sealed class Copier : Compressor
        {
            public override void Compress(byte[] bytes, int off, int len, DataOutput output) => output.WriteBytes(bytes, off, len);
        }

        private sealed class Reader : Decompressor
        {
            public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
            {
                if (bytes.Bytes.Length < originalLength) bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength, 1)];
                input.ReadBytes(bytes.Bytes, 0, originalLength);
                bytes.Offset = offset;
                bytes.Length = length;
            }

            public override object Clone() => new Reader();
        }
    }
}
