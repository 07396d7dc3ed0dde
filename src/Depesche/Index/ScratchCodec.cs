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
    // Chunks under Lucene's 32 KB threshold: reading a document from a larger one takes a fresh buffer each time.
    public override StoredFieldsFormat StoredFieldsFormat { get; } =
        new CompressingStoredFieldsFormat("DepescheScratchStored", new Copying(), 1 << 14);

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
            // Reads only the document's bytes: the chunk is stored as it is, so they can be found by position.
            public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
            {
                var file = (IndexInput)input;
                file.Seek(file.Position + offset);
                if (bytes.Bytes.Length < length) bytes.Bytes = new byte[ArrayUtil.Oversize(length, 1)];
                file.ReadBytes(bytes.Bytes, 0, length);
                bytes.Offset = 0;
                bytes.Length = length;
            }

            public override object Clone() => new Reader();
        }
    }
}
