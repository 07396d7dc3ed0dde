using System.Text;
using Depesche.Ingest;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.Reading;

namespace Depesche.Tests.Ingest;

public sealed class CsvReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CsvReader _reader = new();

    public void Dispose() => _dir.Dispose();

    private List<ReadItem> Read(string text, string name = "meldungen.csv", ReaderOptions? options = null) =>
        All(_reader, _dir.Write(name, text), options);

    [Fact]
    public void ReadsAHeaderRowWithQuotedFields()
    {
        var items = Read(
            "id,title,body,source,category,published,url\n" +
            "7,Neue Radwege,\"Die Stadt baut, wie angekündigt, neue Wege.\",wdr,verkehr,2024-04-01,https://example.org/rad\n" +
            "8,\"Der \"\"grüne\"\" Pfeil\",Er bleibt.,wdr,verkehr,,\n");

        Assert.Equal(2, items.Count);
        var first = items[0].Draft!;
        Assert.Equal(2, items[0].Line);
        Assert.Equal(("7", "Neue Radwege"), (first.Id, first.Headline));
        Assert.Equal(["Die Stadt baut, wie angekündigt, neue Wege."], first.Paragraphs);
        Assert.Equal(("wdr", "verkehr"), (first.Source, first.Category));
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("https://example.org/rad", first.Url);
        Assert.Equal("Der \"grüne\" Pfeil", items[1].Draft!.Headline);
        Assert.Null(items[1].Draft!.Published);
        Assert.Equal(3, items[1].Line);
    }

    [Theory]
    [InlineData("Headline;Text;Date\nMarkt öffnet;Ab Samstag;2024-05-04\n")]
    [InlineData("TITLE\tCONTENT\tdate\nMarkt öffnet\tAb Samstag\t2024-05-04\n")]
    [InlineData(" \"title\" , \"body\" ,date,extra\nMarkt öffnet,Ab Samstag,2024-05-04,egal\n")]
    public void DetectsDelimiterAndAliasesFromTheHeader(string csv)
    {
        var draft = SingleDraft(Read(csv));

        Assert.Equal("Markt öffnet", draft.Headline);
        Assert.Equal(["Ab Samstag"], draft.Paragraphs);
        Assert.Equal(new DateTimeOffset(2024, 5, 4, 0, 0, 0, TimeSpan.Zero), draft.Published);
    }

    [Fact]
    public void AQuotedFieldMaySpanLinesAndTheRecordKeepsItsFirstLine()
    {
        var items = Read(
            "title,body\r\n" +
            "Eins,\"Erster Absatz.\r\n\r\nZweiter Absatz.\"\r\n" +
            "Zwei,Kurz.\r\n");

        Assert.Equal(2, items[0].Line);
        Assert.Equal(["Erster Absatz.", "Zweiter Absatz."], items[0].Draft!.Paragraphs);
        Assert.Equal((5, "Zwei"), (items[1].Line, items[1].Draft!.Headline));
    }

    [Theory]
    [InlineData("title,body\nEin \"Fehler,Text.\nGut,Text.\n", "stray quote")]
    [InlineData("title,body\n\"Fehler\"x,Text.\nGut,Text.\n", "stray quote")]
    [InlineData("title,body\nZu,viele,Felder\nGut,Text.\n", "3 fields where the header has 2")]
    [InlineData("title,body\nZuwenig\nGut,Text.\n", "1 fields where the header has 2")]
    [InlineData("title,body\n, \nGut,Text.\n", "no title and no body text")]
    [InlineData("title,body,date\nDatum,Text.,bald\nGut,Text.,\n", "unparseable date \"bald\"")]
    public void RejectsABadRecordAndReadsTheNext(string csv, string reasonPart)
    {
        var items = Read(csv);

        Assert.Equal(2, items.Count);
        Assert.Contains(reasonPart, items[0].Rejection);
        Assert.Equal(2, items[0].Line);
        Assert.Equal((3, "Gut"), (items[1].Line, items[1].Draft!.Headline));
    }

    [Fact]
    public void AnUnterminatedQuoteIsRejectedAtTheLineWhereTheRecordStarts()
    {
        var items = Read("title,body\nGut,Text.\nOffen,\"Hier fehlt\ndas Ende\nder Datei\n");

        Assert.Equal("Gut", items[0].Draft!.Headline);
        Assert.Contains("unterminated quoted field", items[1].Rejection);
        Assert.Equal(3, items[1].Line);
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void ReadsTheLabelTextForm()
    {
        var items = Read(
            "Sport;'Heimsieg für Aue. Der Verein gewinnt 2:0 gegen \"Jena\" – die Fans feiern.'\n" +
            "Kultur;Oper eröffnet Saison! Premiere am Freitag.\n" +
            "Inland;'Streit um ''Gratis''-Tickets. Der Landtag berät.'\n" +
            "Panorama;Rock 'n' Roll im Stadtpark? Anwohner klagen.\n",
            name: "gnad.csv");

        Assert.All(items, i => Assert.NotNull(i.Draft));
        var sport = items[0].Draft!;
        Assert.Equal("Heimsieg für Aue", sport.Headline);
        Assert.Equal(["Der Verein gewinnt 2:0 gegen \"Jena\" – die Fans feiern."], sport.Paragraphs);
        Assert.Equal(("gnad", "Sport"), (sport.Source, sport.Category));
        Assert.Equal("Oper eröffnet Saison!", items[1].Draft!.Headline);
        Assert.Equal("Streit um 'Gratis'-Tickets", items[2].Draft!.Headline);
        Assert.Equal("Rock 'n' Roll im Stadtpark?", items[3].Draft!.Headline);
        Assert.Equal([1, 2, 3, 4], items.Select(i => i.Line));
    }

    [Fact]
    public void TheLabelTextFormUsesTheDefaultSource()
    {
        var draft = SingleDraft(Read("Web;Neues Telefon vorgestellt. Es ist teuer.\n", options: new ReaderOptions { DefaultSource = "derstandard" }));

        Assert.Equal("derstandard", draft.Source);
    }

    [Theory]
    [InlineData("Web;'Broken ''quote' here'\n", "stray quote")]
    [InlineData("Web;Text ohne Label;und noch mehr\n", "3 fields where label;text has 2")]
    [InlineData("Nur ein Feld\n", "1 fields")]
    [InlineData("Web;   \n", "empty text")]
    public void RejectsBadLabelTextRecords(string csv, string reasonPart)
    {
        var item = SingleRejection(Read(csv));

        Assert.Contains(reasonPart, item.Rejection);
    }

    [Fact]
    public void ToleratesBomCrlfAndEmptyLines()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. "title;body\r\n\r\nEins;A\r\n  \r\nZwei;B\r\n"u8];

        var items = All(_reader, _dir.WriteBytes("x.csv", bytes));

        Assert.Equal(["Eins", "Zwei"], items.Select(i => i.Draft!.Headline));
        Assert.Equal([3, 5], items.Select(i => i.Line));
    }

    [Fact]
    public void RejectsInvalidUtf8AndBinaryLinesAndReadsTheNext()
    {
        byte[] bytes = [.. "title,body\nKaputt,A"u8, 0xC3, .. "\nNull,B"u8, 0x00, .. "\nGut,C\n"u8];

        var items = All(_reader, _dir.WriteBytes("x.csv", bytes));

        Assert.Equal("invalid UTF-8", items[0].Rejection);
        Assert.Contains("NUL", items[1].Rejection);
        Assert.Equal((4, "Gut"), (items[2].Line, items[2].Draft!.Headline));
    }

    [Fact]
    public void RejectsRecordsOverTheLimit()
    {
        var items = Read($"title,body\nLang,\"{new string('x', 300)}\nnoch mehr\"\nKurz,Text.\n", options: new ReaderOptions { MaxRecordBytes = 100 });

        Assert.Contains(items, i => i.Rejection?.Contains("longer than 100 bytes") == true && i.Line == 2);
        Assert.Equal("Kurz", items[^1].Draft?.Headline);
    }

    [Fact]
    public void RejectsUtf16()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("title,body\nA,B\n")];

        var item = SingleRejection(All(_reader, _dir.WriteBytes("x.csv", bytes)));

        Assert.Equal("UTF-16 is not supported; save as UTF-8", item.Rejection);
    }

    [Fact]
    public void ReadsTheFirstRecordsOfThe10kGnadFileWithoutRejections()
    {
        string path = SharedData.PathOf("eval/classify-10kgnad/articles.csv");
        string[] categories = ["etat", "inland", "international", "kultur", "panorama", "sport", "web", "wirtschaft", "wissenschaft"];

        var items = _reader.Read(InputFile.FromDisk(path), new ReaderOptions()).Take(50).ToList();

        Assert.Equal(50, items.Count);
        Assert.All(items, i => Assert.True(i.Draft is not null, $"{i.Place}: {i.Rejection}"));
        Assert.Equal(Enumerable.Range(1, 50), items.Select(i => i.Line));
        Assert.All(items, i =>
        {
            Assert.Contains(i.Draft!.Category!.ToLowerInvariant(), categories);
            Assert.Equal("articles", i.Draft.Source);
            Assert.InRange(i.Draft.Headline.Length, 1, LeadSentence.MaxHeadline + 2);
            Assert.NotEmpty(i.Draft.Paragraphs);
        });
    }
}
