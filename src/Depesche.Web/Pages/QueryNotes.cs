using Depesche.Search;

namespace Depesche.Web.Pages;

/// <summary>
/// What the engine noted about a query, said in German; the engine's own sentence (English, with the
/// position) follows where it adds something. Notes about page parameters that were left out come first.
/// </summary>
internal static class QueryNotes
{
    public static Html Render(IReadOnlyList<QueryNote> notes, IReadOnlyList<string> pageProblems)
    {
        if (notes.Count == 0 && pageProblems.Count == 0) return Html.Empty;
        var items = pageProblems.Select(p => Html.Of($"""<li class="notice notice-parameter">{p}</li>"""))
            .Concat(notes.Select(Note)).ToList();
        return Html.Of($"""
            <section class="notices" id="hinweise" aria-label="Hinweise zur Suche">
            <ul>
            {items}
            </ul>
            </section>
            """);
    }

    private static Html Note(QueryNote note)
    {
        var (german, detail) = note.Code switch
        {
            "syntax" => ("Die Suchanfrage enthält einen Syntaxfehler. Gesucht wurde so gut es ging:", true),
            "partial-match" => ("Kein Artikel enthält alle Suchwörter; gezeigt werden Artikel, die einige davon enthalten.", false),
            "stopword" => ("Ein Wort ist zu häufig, um danach zu suchen, und wurde übergangen:", true),
            "headline-phrase" => ("Die Anfrage besteht nur aus häufigen Wörtern; sie wurden als Wortfolge in den Überschriften gesucht.", false),
            "too-long" => ("Die Anfrage ist zu lang; nur ihr Anfang wurde verwendet.", false),
            "too-many-clauses" => ("Die Anfrage hat zu viele Teile; nur die ersten wurden verwendet.", false),
            _ => ("Hinweis:", true),
        };
        var engine = detail ? Html.Of($""" <span class="notice-detail" lang="en">{note.Message}</span>""") : Html.Empty;
        return Html.Of($"""<li class="notice notice-{note.Code}" data-code="{note.Code}">{german}{engine}</li>""");
    }
}
