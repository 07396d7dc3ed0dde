namespace Depesche.Web.Api;

/// <summary>The body of every error answer (docs/api.md): what went wrong in a few words, in a sentence, and where.</summary>
/// <param name="Error">A short, stable phrase: <c>bad request</c>, <c>writes disabled</c>, <c>busy</c>, ...</param>
/// <param name="Message">One sentence for people, naming the parameter or place.</param>
/// <param name="Place">Where the mistake is: a query parameter (<c>query:from</c>) or a body record (<c>body:3</c>).</param>
internal sealed record ApiError(string Error, string Message, string? Place = null)
{
    /// <summary>For a rejected upload: every rejected record with its place and reason.</summary>
    public IReadOnlyList<Rejection>? Rejections { get; init; }
}
