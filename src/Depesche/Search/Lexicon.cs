using Depesche.Analysis.German;
using Depesche.Analysis.German.Compounds;
using Depesche.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace Depesche.Search;

/// <summary>
/// What the search learns from an archive's own words, once per commit: the compounds and their parts
/// (<see cref="CompoundIndex"/>) and the spellings of names by key (<see cref="NameVariants"/>).
/// </summary>
/// <param name="Compounds">Compound parts and the compounds that hold them.</param>
/// <param name="Names">Spellings by name key.</param>
public sealed record Lexicon(CompoundIndex Compounds, NameVariants Names)
{
    /// <summary>Knows no words.</summary>
    public static Lexicon Empty { get; } = new(CompoundIndex.Empty, NameVariants.Empty);

    /// <summary>
    /// The lexicon of <paramref name="reader"/>'s commit (compounds and name spellings from the data folder's cache when there); both parts
    /// come from one reading of the vocabulary. Compounds are split on up to <paramref name="threads"/> threads (-1: all
    /// the thread pool gives; a server rebuilding in the background takes one, as the pool's threads serve requests).
    /// </summary>
    public static Lexicon ForCommit(string dataFolder, DirectoryReader reader, Analyzer german, int threads = -1)
    {
        // Reading the vocabulary took half of a cold search's second at 200,000 articles: skipped when both are cached.
        var compounds = CompoundIndex.Cached(dataFolder, reader);
        var names = NameVariants.Cached(dataFolder, reader);
        if (compounds is not null && names is not null) return new(compounds, names);
        var vocabulary = Vocabulary.FromIndex(reader, Schema.Exact);
        return new(compounds ?? CompoundIndex.BuildAndCache(dataFolder, reader, vocabulary, german, threads),
            names ?? NameVariants.BuildAndCache(dataFolder, reader, vocabulary));
    }
}
