using Lucene.Net.Store;

namespace Depesche.Index;

/// <summary>
/// Lucene's memory-mapped directory, its files read through <see cref="MappedInput"/> (a pointer into the mapping)
/// instead of Lucene.NET's inputs. Those read each byte through a J2N buffer and keep a register of their clones
/// (a <see cref="System.Runtime.CompilerServices.ConditionalWeakTable{TKey,TValue}"/> entry, that is a GC handle, for
/// every term and postings enum of every search; measured on 200,000 articles: 300,000 handles after a thousand
/// searches, every gen-0 collection scanning them for 2.5–3 ms). Compound files, which the archive does not write,
/// are still read by Lucene's own inputs.
/// </summary>
internal sealed class MappedDirectory : MMapDirectory
{
    /// <summary>The index folder <paramref name="path"/>, mapped.</summary>
    public MappedDirectory(string path) : base(path)
    {
    }

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return new MappedInput(Path.Combine(Directory.FullName, name));
    }
}
