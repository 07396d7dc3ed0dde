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

    private sealed class Filter : FilteringTokenFilter
    {
        private readonly ICharTermAttribute _term;

        public Filter(TokenStream input) : base(AnalysisVersion.Current, input) => _term = AddAttribute<ICharTermAttribute>();

        protected override bool Accept() => _term.Length > 0 && char.IsUpper(_term.Buffer[0]);
    }
}
