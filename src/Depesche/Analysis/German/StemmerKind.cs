namespace Depesche.Analysis.German;

/// <summary>The German stemmers Depesche can index with; chosen by measurement (docs/benchmarks.md).</summary>
public enum StemmerKind
{
    /// <summary>No stemming: folded words only.</summary>
    None,

    /// <summary>Lucene's GermanLightStemFilter (Savoy's light stemmer).</summary>
    Light,

    /// <summary>Lucene's GermanMinimalStemFilter (plurals only).</summary>
    Minimal,

    /// <summary>Snowball's classic German algorithm.</summary>
    Snowball,

    /// <summary>Snowball's german2 variant, which also reads ae/oe/ue as umlauts.</summary>
    Snowball2,

    /// <summary>CISTEM (Weissweiler and Fraser 2017), case-insensitive, as the chain has lost the case.</summary>
    Cistem,
}
