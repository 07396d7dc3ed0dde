using System.Text;
using Depesche.Ingest;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.Reading;

namespace Depesche.Tests.Ingest;

public sealed class SeedTextReaderTests : IDisposable
{
    private const string Article =
        "Bäcker in Köln verschenken Brötchen an Frühaufsteher\n" +
        "\n" +
        "Baecker in Koeln verschenken Broetchen an Fruehaufsteher\n" +
        "KÖLN: Mehrere Bäckereien in der Südstadt haben am Montag Brötchen verschenkt.\n" +
        "Die Aktion soll an die Eröffnung der ersten Filiale vor fünfzig Jahren erinnern.\n" +
        "\n" +
        "Ein Sprecher der Innung sagte, die Idee werde im nächsten Jahr wiederholt.\n" +
        "\n" +
        "ksta-lokales\n";

    private readonly TempDirectory _dir = new();
    private readonly SeedTextReader _reader = new();

    public void Dispose() => _dir.Dispose();

    private List<ReadItem> ReadText(string text, ReaderOptions? options = null) =>
        All(_reader, _dir.Write("artikel.txt", text), options);

    private List<ReadItem> ReadBytes(byte[] bytes) => All(_reader, _dir.WriteBytes("artikel.txt", bytes));

    [Fact]
    public void ReadsTheRealSeedFile()
    {
        var draft = SingleDraft(All(_reader, SharedData.PathOf("seed/000_03ff23e65ee66c62.txt")));

        Assert.StartsWith("Chinas Verteidigungsminister verspricht, ", draft.Headline);
        Assert.Equal("Chinas Verteidigungsminister verspricht die Zusammenarbeit mit dem russischen Verbuendeten Weissrussland",
            draft.AsciiTitle);
        Assert.StartsWith("TALLINN:", draft.Paragraphs[0]);
        Assert.Equal("toi", draft.Source);
        Assert.Equal("allgemeines", draft.Category);
        Assert.True(draft.Paragraphs.Count > 5);
        Assert.DoesNotContain(draft.Paragraphs, p => p.Contains("toi-allgemeines"));
    }

    [Fact]
    public void ReadsHeadlineAsciiTitleParagraphsAndLabel()
    {
        var item = Assert.Single(ReadText(Article));
        var draft = item.Draft!;

        Assert.Equal(1, item.Line);
        Assert.Equal("Bäcker in Köln verschenken Brötchen an Frühaufsteher", draft.Headline);
        Assert.Equal("Baecker in Koeln verschenken Broetchen an Fruehaufsteher", draft.AsciiTitle);
        Assert.Equal(3, draft.Paragraphs.Count);
        Assert.StartsWith("KÖLN: Mehrere", draft.Paragraphs[0]);
        Assert.StartsWith("Ein Sprecher", draft.Paragraphs[2]);
        Assert.Equal("ksta", draft.Source);
        Assert.Equal("lokales", draft.Category);
        Assert.Null(draft.Id);
    }

    [Fact]
    public void ToleratesCrlfBomTrailingSpacesAndExtraEmptyLines()
    {
        string messy = Article.Replace("\n", "  \r\n").Replace("\r\n\r\nksta", "\r\n\r\n\r\n\r\nksta") + "\r\n \r\n\r\n";
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(messy)];

        var messyDraft = SingleDraft(ReadBytes(bytes));
        var cleanDraft = SingleDraft(ReadText(Article));

        Assert.Equal(cleanDraft.Headline, messyDraft.Headline);
        Assert.Equal(cleanDraft.AsciiTitle, messyDraft.AsciiTitle);
        Assert.Equal(cleanDraft.Paragraphs, messyDraft.Paragraphs);
        Assert.Equal(("ksta", "lokales"), (messyDraft.Source, messyDraft.Category));
    }

    [Fact]
    public void WithoutAsciiTitleTheBodyStartsOnLineThree()
    {
        var draft = SingleDraft(ReadText("Schnee im Mai überrascht Gärtner\n\nIn Oberbayern fielen über Nacht zehn Zentimeter Schnee.\n"));

        Assert.Null(draft.AsciiTitle);
        Assert.Equal(["In Oberbayern fielen über Nacht zehn Zentimeter Schnee."], draft.Paragraphs);
        Assert.Null(draft.Source);
        Assert.Null(draft.Category);
    }

    [Fact]
    public void AcceptsAnAsciiTitleCutShort()
    {
        var draft = SingleDraft(ReadText(
            "Größter Straßenumbau seit Jahrzehnten beginnt in Würzburg\n\nGroesster Strassenumbau seit Jahrzehnten beginnt\nDie Bauarbeiten dauern zwei Jahre.\n"));

        Assert.Equal("Groesster Strassenumbau seit Jahrzehnten beginnt", draft.AsciiTitle);
        Assert.Equal(["Die Bauarbeiten dauern zwei Jahre."], draft.Paragraphs);
    }

    [Fact]
    public void APrefixShorterThanHalfTheHeadlineIsBody()
    {
        var draft = SingleDraft(ReadText(
            "Größter Straßenumbau seit Jahrzehnten beginnt in Würzburg\n\nGroesster Strassenumbau\nDie Bauarbeiten dauern zwei Jahre.\n"));

        Assert.Null(draft.AsciiTitle);
        Assert.Equal(2, draft.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Rock-Festival in Süd-Tirol: Veranstalter zufrieden", "Rock Festival in Sued Tirol Veranstalter zufrieden")]
    [InlineData("Rock-Festival in Süd-Tirol: Veranstalter zufrieden", "RockFestival in SuedTirol Veranstalter zufrieden")]
    [InlineData("Café „Élysée“ schließt nach 40 Jahren", "cafe elysee schliesst nach 40 jahren")]
    [InlineData("Weniger CO₂ durch ﬂexible Tarife", "Weniger CO2 durch flexible Tarife")]
    public void AsciiTitleMatchesWhateverBecameOfPunctuationAndCase(string headline, string ascii)
    {
        var draft = SingleDraft(ReadText($"{headline}\n\n{ascii}\nDer Betreiber geht in den Ruhestand.\n"));

        Assert.Equal(ascii, draft.AsciiTitle);
        Assert.Single(draft.Paragraphs);
    }

    [Fact]
    public void ALabelWithoutAnEmptyLineBeforeItIsBody()
    {
        var draft = SingleDraft(ReadText("Neue Buslinie\n\nAb Montag fährt der Bus alle zehn Minuten.\nrnf-verkehr\n"));

        Assert.Null(draft.Source);
        Assert.Equal("rnf-verkehr", draft.Paragraphs[^1]);
    }

    [Fact]
    public void ALastLineThatIsNoLabelIsBody()
    {
        var draft = SingleDraft(ReadText("Neue Buslinie\n\nAb Montag fährt der Bus.\n\nMehr dazu morgen.\n"));

        Assert.Null(draft.Category);
        Assert.Equal("Mehr dazu morgen.", draft.Paragraphs[^1]);
    }

    [Fact]
    public void UnlabeledArticlesGetTheDefaultSource()
    {
        var draft = SingleDraft(ReadText("Neue Buslinie\n\nAb Montag fährt der Bus.\n", new ReaderOptions { DefaultSource = "archiv" }));

        Assert.Equal("archiv", draft.Source);
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData("   \n\t\n  \r\n", "white space")]
    [InlineData("Nur eine Schlagzeile\n", "headline only")]
    [InlineData("Nur eine Schlagzeile\n\nNur eine Schlagzeile\n", "headline only")]
    [InlineData("Nur eine Schlagzeile\n\nswr-politik\n", "headline only")]
    [InlineData("swr-politik\n", "label")]
    [InlineData("\n\nswr-politik\n", "label")]
    [InlineData("\nText ohne Schlagzeile.\n", "no headline")]
    public void RejectsFilesWithoutAnArticle(string text, string reasonPart)
    {
        var item = SingleRejection(ReadText(text));

        Assert.Contains(reasonPart, item.Rejection);
    }

    [Fact]
    public void RejectsBinaryFiles()
    {
        var item = SingleRejection(ReadBytes([.. "Kopf\n\nText\n"u8, 0x00, 0x01, 0x02]));

        Assert.Contains("binary", item.Rejection);
        Assert.Equal(4, item.Line);
    }

    [Fact]
    public void RejectsInvalidUtf8WithItsLine()
    {
        var item = SingleRejection(ReadBytes([.. "Kopfzeile\n\nGute Zeile\nSchlechte "u8, 0xC3, 0x28, .. " Zeile\n"u8]));

        Assert.Contains("invalid UTF-8", item.Rejection);
        Assert.Equal(4, item.Line);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RejectsUtf16(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var item = SingleRejection(ReadBytes([.. encoding.GetPreamble(), .. encoding.GetBytes("Kopf\n\nText\n")]));

        Assert.Equal("UTF-16 is not supported; save as UTF-8", item.Rejection);
    }

    [Fact]
    public void RejectsFilesOverTheSizeLimit()
    {
        var item = SingleRejection(ReadText(Article, new ReaderOptions { MaxRecordBytes = 100 }));

        Assert.Contains("larger than 100 bytes", item.Rejection);
    }
}
