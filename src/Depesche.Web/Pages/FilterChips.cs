namespace Depesche.Web.Pages;

/// <summary>The active filters as chips, each with a link that removes it, and one that removes them all.</summary>
internal static class FilterChips
{
    public static Html Render(SearchPageQuery query)
    {
        if (!query.HasFilters) return Html.Empty;
        var chips = new List<Html>();
        chips.AddRange(query.Sources.Select(s => Chip($"Quelle: {s}", query.ToggleSource(s))));
        chips.AddRange(query.Categories.Select(c => Chip($"Kategorie: {GermanFormat.Label(c)}", query.ToggleCategory(c))));
        if (query.Month is { } month) chips.Add(Chip($"Monat: {GermanFormat.Month(month)}", query.ToggleMonth(month)));
        if (query.From is { } from) chips.Add(Chip($"Ab {from:dd.MM.yyyy}", query with { From = null, Page = 1 }));
        if (query.To is { } to) chips.Add(Chip($"Bis {to:dd.MM.yyyy}", query with { To = null, Page = 1 }));
        var none = SearchPageQuery.Empty with { Text = query.Text, ByDate = query.ByDate };
        return Html.Of($"""
            <section class="active-filters" id="aktive-filter" aria-labelledby="aktive-filter-titel">
            <h2 id="aktive-filter-titel" class="visually-hidden">Aktive Filter</h2>
            <ul class="chips">
            {chips}
            <li><a class="chips-clear" id="filter-entfernen" href="{none.Url()}">Alle Filter entfernen</a></li>
            </ul>
            </section>
            """);
    }

    private static Html Chip(string label, SearchPageQuery without) => Html.Of($"""
        <li class="chip"><span class="chip-label">{label}</span> <a class="chip-remove" href="{without.Url()}" aria-label="Filter {label} entfernen" title="Filter entfernen">×</a></li>
        """);
}
