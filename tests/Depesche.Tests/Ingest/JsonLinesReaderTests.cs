using System.Text;
using Depesche.Ingest;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.Reading;

namespace Depesche.Tests.Ingest;

public sealed class JsonLinesReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly JsonLinesReader _reader = new();

    public void Dispose() => _dir.Dispose();

    private List<ReadItem> Read(string text, ReaderOptions? options = null) =>
        All(_reader, _dir.Write("artikel.jsonl", text), options);

    private List<ReadItem> ReadBytes(byte[] bytes) => All(_reader, _dir.WriteBytes("artikel.jsonl", bytes));

    [Fact]
    public void ReadsAllFields()
    {
        var item = Assert.Single(Read(
            """{"id":"a-1","title":"Hafen erweitert","body":"HAMBURG: Der Hafen wächst.\n\nDie Kosten steigen.\nDer Senat stimmt zu.","source":"NDR","category":"Wirtschaft","published":"2024-03-05T09:15:00+01:00","url":"https://example.org/hafen"}""" + "\n"));
        var draft = item.Draft!;

        Assert.Equal(1, item.Line);
        Assert.Equal("a-1", draft.Id);
        Assert.Equal("Hafen erweitert", draft.Headline);
        Assert.Equal(["HAMBURG: Der Hafen wächst.", "Die Kosten steigen.", "Der Senat stimmt zu."], draft.Paragraphs);
        Assert.Equal(("NDR", "Wirtschaft"), (draft.Source, draft.Category));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 15, 0, TimeSpan.FromHours(1)), draft.Published);
        Assert.Equal("https://example.org/hafen", draft.Url);
    }

    [Fact]
    public void ReadsAliasesNumericIdsAndDatesWithoutZone()
    {
        var items = Read(
            """{"id":17,"headline":"Zug fällt aus","text":"Wegen Sturm.","date":"2023-11-02","link":"https://example.org/zug"}""" + "\n" +
            """{"title":"Brücke gesperrt","content":"Ab heute.","published":"2023-11-02T14:30:00"}""" + "\n");

        var first = items[0].Draft!;
        Assert.Equal("17", first.Id);
        Assert.Equal("Zug fällt aus", first.Headline);
        Assert.Equal(["Wegen Sturm."], first.Paragraphs);
        Assert.Equal(new DateTimeOffset(2023, 11, 2, 0, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("https://example.org/zug", first.Url);
        Assert.Equal(new DateTimeOffset(2023, 11, 2, 14, 30, 0, TimeSpan.Zero), items[1].Draft!.Published);
        Assert.Null(items[1].Draft!.Id);
    }

    [Fact]
    public void ReadsABodyGivenAsAnArrayOfParagraphs()
    {
        var draft = SingleDraft(Read("""{"title":"Wahl","body":["Erster Absatz.","","Zweiter Absatz."]}"""));

        Assert.Equal(["Erster Absatz.", "Zweiter Absatz."], draft.Paragraphs);
    }

    [Fact]
    public void ABrokenLineIsRejectedAndTheOthersAreRead()
    {
        var items = Read(
            """{"title":"Eins","body":"Text eins."}""" + "\n" +
            "\n" +
            "{\"title\":\"Zwei\",\"body\":\"Text zwei.\"\n" +
            """{"title":"Drei","body":"Text drei."}""" + "\n");

        Assert.Equal(3, items.Count);
        Assert.Equal((1, "Eins"), (items[0].Line, items[0].Draft!.Headline));
        Assert.Equal(3, items[1].Line);
        Assert.Null(items[1].Draft);
        Assert.StartsWith("broken JSON", items[1].Rejection);
        Assert.Equal((4, "Drei"), (items[2].Line, items[2].Draft!.Headline));
        Assert.EndsWith(":3", items[1].Place);
    }

    [Fact]
    public void AHeadlineWithoutBodyIsKeptAsAHeadlineOnlyArticle()
    {
        var draft = SingleDraft(Read("""{"title":"Bahnstreik endet am Montag","body":""}""" + "\n"));
        Assert.Equal("Bahnstreik endet am Montag", draft.Headline);
        Assert.Empty(draft.Paragraphs);
    }

    [Fact]
    public void ABodyWithoutHeadlineIsHeadedByItsFirstSentence()
    {
        var draft = SingleDraft(Read("""{"title":"","body":"Der Pegel steigt weiter. Die Feuerwehr baut Sandsäcke auf."}""" + "\n"));
        Assert.Equal("Der Pegel steigt weiter", draft.Headline);
        Assert.Equal(["Die Feuerwehr baut Sandsäcke auf."], draft.Paragraphs);
    }

    [Theory]
    [InlineData("""["title","body"]""", "not a JSON object (found an array)")]
    [InlineData("42", "not a JSON object (found a number)")]
    [InlineData("\"nur Text\"", "not a JSON object (found a string)")]
    [InlineData("""{"title":12,"body":"Text."}""", "\"title\" must be a string, not a number")]
    [InlineData("""{"title":["A","B"],"body":"Text."}""", "\"title\" must be a string, not an array")]
    [InlineData("""{"title":"A","body":{"p":"Text."}}""", "\"body\" must be a string or an array of strings, not an object")]
    [InlineData("""{"title":"A","body":["Text.",3]}""", "\"body\" must be a string or an array of strings, not an array")]
    [InlineData("""{"title":"A","body":"Text.","source":true}""", "\"source\" must be a string, not a boolean")]
    [InlineData("""{"title":"A","body":"Text.","published":1700000000}""", "\"published\" must be a string, not a number")]
    [InlineData("""{"title":"  ","body":"  "}""", "no title and no body text")]
    [InlineData("""{"id":"x1"}""", "no title and no body text")]
    [InlineData("""{"title":"A","body":"Text.","published":"gestern"}""", "unparseable date \"gestern\"")]
    [InlineData("""{"title":"A","body":"Text.","published":"05/06/2023"}""", "unparseable date \"05/06/2023\"")]
    [InlineData("""{"title":"A","body":"Text.",}""", "broken JSON")]
    [InlineData("""{"title":"A" "body":"Text."}""", "broken JSON")]
    public void RejectsBadRecordsWithAReason(string line, string reasonPart)
    {
        var item = SingleRejection(Read(line + "\n"));

        Assert.Contains(reasonPart, item.Rejection);
        Assert.Equal(1, item.Line);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(100_000)]
    public void RejectsDeeplyNestedJsonWithoutCrashing(int depth)
    {
        string nested = """{"title":"A","body":"Text.","x":""" + new string('[', depth) + new string(']', depth) + "}";

        var item = SingleRejection(Read(nested + "\n"));

        Assert.Contains("depth", item.Rejection);
    }

    [Fact]
    public void RejectsAnInvalidUtf8LineAndReadsTheNext()
    {
        var items = ReadBytes([.. """{"title":"Kaputt","body":"A"""u8, 0xFF, .. "\"}\n"u8, .. """{"title":"Gut","body":"B"}"""u8]);

        Assert.Equal("invalid UTF-8", items[0].Rejection);
        Assert.Equal("Gut", items[1].Draft!.Headline);
        Assert.Equal(2, items[1].Line);
    }

    [Fact]
    public void ToleratesBomAndCrlf()
    {
        var items = ReadBytes([.. Encoding.UTF8.GetPreamble(), .. """{"title":"Eins","body":"A"}"""u8, .. "\r\n"u8, .. """{"title":"Zwei","body":"B"}"""u8, .. "\r\n"u8]);

        Assert.Equal(["Eins", "Zwei"], items.Select(i => i.Draft!.Headline));
    }

    [Fact]
    public void RejectsUtf16Once()
    {
        var item = SingleRejection(ReadBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("{\"title\":\"A\",\"body\":\"B\"}\n{}\n")]));

        Assert.Equal("UTF-16 is not supported; save as UTF-8", item.Rejection);
    }

    [Fact]
    public void RejectsLinesOverTheLimitAndReadsTheNext()
    {
        string longLine = $$"""{"title":"Lang","body":"{{new string('x', 500)}}"}""";
        var items = Read(longLine + "\n" + """{"title":"Kurz","body":"B"}""" + "\n", new ReaderOptions { MaxRecordBytes = 200 });

        Assert.Contains("longer than 200 bytes", items[0].Rejection);
        Assert.Equal((2, "Kurz"), (items[1].Line, items[1].Draft!.Headline));
    }

    [Fact]
    public void RecordsWithoutSourceGetTheDefaultSource()
    {
        var items = Read("""{"title":"A","body":"B"}""" + "\n" + """{"title":"C","body":"D","source":"dlf"}""" + "\n",
            new ReaderOptions { DefaultSource = "archiv" });

        Assert.Equal(["archiv", "dlf"], items.Select(i => i.Draft!.Source));
    }

    [Fact]
    public void StreamsWithoutReadingAheadOfTheCaller()
    {
        var lines = Enumerable.Range(0, 5000).Select(i => $$"""{"title":"Meldung {{i}}","body":"Text {{i}}."}""");
        string path = _dir.Write("viele.jsonl", string.Join('\n', lines));

        var first = _reader.Read(InputFile.FromDisk(path), new ReaderOptions()).Take(3).ToList();

        Assert.Equal(["Meldung 0", "Meldung 1", "Meldung 2"], first.Select(i => i.Draft!.Headline));
    }
}
