using Depesche.Index;

namespace Depesche.Web.Api;

/// <summary>One article of an upload: its id, its slug, and what storing it did.</summary>
/// <param name="Id">The article id (the record's own, else a content hash).</param>
/// <param name="Slug">Its slug, for <c>/artikel/{slug}</c>.</param>
/// <param name="Outcome"><c>added</c>, <c>replaced</c> or <c>unchanged</c>.</param>
internal sealed record IngestedArticle(string Id, string Slug, UpsertOutcome Outcome);
