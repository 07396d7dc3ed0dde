using Depesche.Index;
using Depesche.Search;

namespace Depesche.Web.Hosting;

/// <summary>An open archive and the searcher over it, shared by every request.</summary>
/// <param name="Archive">Look-ups by id and slug, statistics.</param>
/// <param name="Search">Searches, highlights, related articles.</param>
internal sealed record OpenArchive(Archive Archive, ArchiveSearch Search);
