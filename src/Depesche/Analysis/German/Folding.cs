using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;

namespace Depesche.Analysis.German;

/// <summary>
/// The folding step: ä = ae = a, ö = oe = o, ü = ue = u, ß = ss (GermanNormalizationFilter), then every
/// other accent stripped (ASCIIFoldingFilter), three equal letters made two (TripleLetterFilter), so that all
/// spellings of a word meet in one term.
/// </summary>
public static class Folding
{
    /// <summary>Wraps lower-cased tokens in the folding filters.</summary>
    public static TokenStream Apply(TokenStream input) =>
        new TripleLetterFilter(new ASCIIFoldingFilter(new GermanNormalizationFilter(input)));
}
