namespace Depesche.Search;

/// <summary>Something the user should know about how the query was read or run.</summary>
/// <param name="Code">Stable machine code: <c>syntax</c>, <c>unknown-field</c>, <c>partial-match</c>, <c>stopwords</c>, ...</param>
/// <param name="Message">One line in plain words, with the query position where it applies.</param>
public sealed record QueryNote(string Code, string Message);
