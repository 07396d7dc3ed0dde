using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Depesche.Analysis.German;

/// <summary>
/// Keeps the words that start with a capital letter, before lower case erases that: names are capitalised
/// in German text, and so are nouns, but verbs, adjectives and function words, the bulk of a text, are not.
/// </summary>
public static class CapitalisedWords
{
    /// <summary>Drops every token of <paramref name="input"/> (not yet lower-cased) that does not start with a capital letter.</summary>
    public static TokenStream Apply(TokenStream input) => new Filter(input);

    /// <summary>Whether <paramref name="word"/> starts with a capital letter.</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private sealed class Filter : FilteringTokenFilter
    {
        private readonly ICharTermAttribute _term;

        public Filter(TokenStream input) : base(AnalysisVersion.Current, input) => _term = AddAttribute<ICharTermAttribute>();

        protected override bool Accept() => IsCapitalised(_term.Buffer.AsSpan(0, _term.Length));
    }
}
