namespace Depesche.Search;

/// <summary>An article's text with a query's words marked: HTML-escaped, matches in <c>&lt;mark&gt;</c>.</summary>
/// <param name="Headline">The headline.</param>
/// <param name="Paragraphs">Every paragraph, in order.</param>
public sealed record HighlightedArticle(string Headline, IReadOnlyList<string> Paragraphs);
