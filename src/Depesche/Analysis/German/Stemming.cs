using Lucene.Net.Analysis;
using Lucene.Net.Analysis.De;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Depesche.Analysis.German;

/// <summary>The stemming step of the German chain: one filter chosen by <see cref="StemmerKind"/>.</summary>
public static class Stemming
{
    /// <summary>The stemmer the archive indexes with unless told otherwise.</summary>
    public const StemmerKind Default = StemmerKind.Snowball2;

    /// <summary>Wraps <paramref name="input"/> (lower-cased, folded tokens) in the chosen stemmer.</summary>
    public static TokenStream Apply(TokenStream input, StemmerKind kind) => kind switch
    {
        StemmerKind.None => input,
        StemmerKind.Light => new GermanLightStemFilter(input),
        StemmerKind.Minimal => new GermanMinimalStemFilter(input),
        StemmerKind.Snowball => new CachedSnowballFilter(input, new Lucene.Net.Tartarus.Snowball.Ext.GermanStemmer(), new Dictionary<string, string>(StringComparer.Ordinal)),
        StemmerKind.Snowball2 => new CachedSnowballFilter(input, new German2Stemmer(), new Dictionary<string, string>(StringComparer.Ordinal)),
        StemmerKind.Cistem => new CistemFilter(input),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown stemmer"),
    };

    /// <summary>Parses a stemmer name as the CLI spells it (<c>light</c>, <c>german2</c>, ...).</summary>
    public static StemmerKind Parse(string name) => name.ToLowerInvariant() switch
    {
        "none" => StemmerKind.None,
        "light" => StemmerKind.Light,
        "minimal" => StemmerKind.Minimal,
        "snowball" or "german" => StemmerKind.Snowball,
        "snowball2" or "german2" => StemmerKind.Snowball2,
        "cistem" => StemmerKind.Cistem,
        _ => throw new ArgumentException($"unknown stemmer '{name}' (use none, light, minimal, german, german2 or cistem)"),
    };
}
