using Microsoft.AspNetCore.Http;

namespace Depesche.Web.Pages;

/// <summary>The German page for an error status: what happened and where to go on.</summary>
internal static class ErrorPage
{
    public static Html Render(int status)
    {
        var (title, text) = status switch
        {
            StatusCodes.Status404NotFound => ("Seite nicht gefunden", "Unter dieser Adresse gibt es keine Seite und keinen Artikel."),
            StatusCodes.Status414UriTooLong => ("Adresse zu lang", "Die Suchanfrage ist zu lang. Bitte kürzen Sie sie."),
            StatusCodes.Status413PayloadTooLarge => ("Anfrage zu groß", "Die gesendeten Daten sind zu groß."),
            StatusCodes.Status503ServiceUnavailable => ("Vorübergehend nicht verfügbar", "Das Archiv ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal."),
            >= 500 => ("Interner Fehler", "Auf dem Server ist ein Fehler aufgetreten. Er wurde protokolliert."),
            _ => ("Ungültige Anfrage", "Die Anfrage konnte nicht verstanden werden."),
        };
        return Layout.Page(title, Html.Of($"""
            <section class="error-page" id="fehler" aria-labelledby="fehler-titel">
            <h1 id="fehler-titel">{title}</h1>
            <p>{text}</p>
            <p>Fehlercode {status}. <a href="/">Zur Startseite</a> oder suchen Sie:</p>
            {SearchForm.Render(SearchPageQuery.Empty)}
            </section>
            """));
    }
}
