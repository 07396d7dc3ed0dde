using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;

namespace Depesche.Index;

/// <summary>
/// Lucene 4.6's index format with the stored text compressed by zstd against a dictionary learned from the archive's
/// own articles (<see cref="StoredTextFormat"/>). At 200,000 articles the stored text took 247 MB with DEFLATE
/// (<see cref="DeflateCodec"/>) and takes 206 MB with this (4 KB chunks), for about the same writing cost, and an
/// article reads in less than half the time (docs/benchmarks.md, "Session 13"). Segments of the earlier formats
/// (Depesche1, Lucene46) are still read; merges rewrite them in this one.
/// </summary>
[CodecName("Depesche2")]
internal sealed class ArchiveCodec : FilterCodec
{
    private readonly StoredTextFormat _stored = new();

    /// <summary>The codec every archive writer uses (found by its name when a segment is read).</summary>
    public ArchiveCodec() : base(new Lucene46Codec()) { }

    /// <summary>
    /// The dictionary new segments compress their stored text against (null: none, until enough articles were seen
    /// to learn one). Each segment keeps its own copy, so changing it never affects segments already written.
    /// </summary>
    public TextDictionary? Dictionary
    {
        get => _stored.Dictionary;
        set => _stored.Dictionary = value;
    }

    /// <inheritdoc />
    public override StoredFieldsFormat StoredFieldsFormat => _stored;

    // A segment names its codec, and Lucene.NET finds codecs outside its own assembly only through a registered
    // factory, which must be in place before any index is opened: the module initializer runs when this assembly loads.
#pragma warning disable CA2255 // a library's module initializer: it is what makes the library's own indexes readable
    [ModuleInitializer]
    internal static void Register() =>
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(ArchiveCodec), typeof(DeflateCodec), typeof(ScratchCodec)] });
#pragma warning restore CA2255
}
