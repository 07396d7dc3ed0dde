namespace Depesche.Web.Api;

/// <summary>One record of a request body that could not be read as an article.</summary>
/// <param name="Place"><c>body</c>, or <c>body:N</c> for the Nth record.</param>
/// <param name="Reason">What is wrong with it.</param>
internal sealed record Rejection(string Place, string Reason);
