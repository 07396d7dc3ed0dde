using System.Globalization;

namespace Depesche.Web.Pages;

/// <summary>The query box of the start and search pages. A new search keeps the active filters and the order.</summary>
internal static class SearchForm
{
    /// <summary>The longest query the box takes.</summary>
    public const int MaxQueryLength = 1000;

    public static Html Render(SearchPageQuery query)
    {
        var kept = new List<Html>();
        kept.AddRange(query.Sources.Select(s => Hidden("quelle", s)));
        kept.AddRange(query.Categories.Select(c => Hidden("kategorie", c)));
        if (query.Month is { } month) kept.Add(Hidden("monat", month));
        if (query.From is { } from) kept.Add(Hidden("von", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (query.To is { } to) kept.Add(Hidden("bis", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (query.ByDate) kept.Add(Hidden("sortierung", "datum"));
        return Html.Of($"""
            <form class="search-form" id="suchformular" action="/suche" method="get" role="search">
            <label for="q">Suchbegriff</label>
            <div class="search-row">
            <input id="q" name="q" type="search" value="{query.Text}" maxlength="{MaxQueryLength}" autocomplete="off" enterkeyhint="search" aria-describedby="suchhilfe">
            <button type="submit" id="suchen">Suchen</button>
            </div>
            <p class="search-hint" id="suchhilfe">Umlaute und ß dürfen fehlen. Mehr: „Wortfolge“ in Anführungszeichen, -ohne, title:Wort, source:dpa, Verteid*</p>
            {kept}
            </form>
            """);
    }

    private static Html Hidden(string name, string value) => Html.Of($"""<input type="hidden" name="{name}" value="{value}">""");
}
