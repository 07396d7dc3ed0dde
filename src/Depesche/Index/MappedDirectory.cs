using System.Reflection;
using Lucene.Net.Store;

namespace Depesche.Index;

/// <summary>
/// Lucene's memory-mapped directory without its clone register. Every input Lucene.NET maps keeps a
/// <see cref="System.Runtime.CompilerServices.ConditionalWeakTable{TKey,TValue}"/> of its clones, so that closing it
/// can disarm them; every term and postings enum of every search clones an input, each entry is a GC handle, and the
/// dead ones are only dropped when the table grows. Measured on 200,000 articles: 300,000 handles after a thousand
/// searches, growing by 3,500 a collection, and every gen-0 collection scanning them for 2.5–3 ms (0.5 ms without),
/// added to whichever search it interrupted (docs/benchmarks.md). Searches reach inputs only through
/// reference-counted readers (<see cref="Lucene.Net.Search.SearcherManager"/>), which close an input after its
/// last search, so nothing needs the register.
/// </summary>
internal sealed class MappedDirectory : MMapDirectory
{
    // Lucene.NET 4.8.0-beta00017 names it so; should a later version rename it, inputs simply keep their register.
    private static readonly FieldInfo? Clones =
        typeof(ByteBufferIndexInput).GetField("clones", BindingFlags.NonPublic | BindingFlags.Instance);

    /// <summary>The index folder <paramref name="path"/>, mapped.</summary>
    public MappedDirectory(string path) : base(path)
    {
    }

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (input is ByteBufferIndexInput mapped) Clones?.SetValue(mapped, null);
        return input;
    }
}
