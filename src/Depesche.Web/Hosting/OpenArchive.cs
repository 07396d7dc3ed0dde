using Depesche.Index;
using Depesche.Search;

namespace Depesche.Web.Hosting;

/// <summary>An open archive and the searcher over it, shared by every request.</summary>
/// <param name="Archive">Look-ups by id and slug, statistics.</param>
/// <param name="Search">Highlights, related articles (and searches, which go through <paramref name="Answers"/>).</param>
/// <param name="Answers">Searches, answered once per commit.</param>
internal sealed record OpenArchive(Archive Archive, ArchiveSearch Search, SearchCache Answers);
