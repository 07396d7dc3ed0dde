using System.Text;

namespace Depesche.Tests.Reliability;

/// <summary>
/// A folder of hostile and broken inputs made at test time (never checked in), mixed with good files that must
/// still be stored: binary files, invalid UTF-8, UTF-16, one huge line, empty and white-space files, a label
/// without text, deeply nested and wrongly typed JSON, CSV with stray quotes, feeds with external entities (XXE)
/// and entity expansion ("billion laughs"), HTML nested deep or with an enormous DOM, odd file names, symlink loops.
/// </summary>
public sealed class HostileCorpus
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly List<string> _bad = [];
    private readonly List<string> _good = [];

    private HostileCorpus(string folder, string secret)
    {
        Folder = folder;
        Secret = secret;
    }

    /// <summary>The folder to ingest.</summary>
    public string Folder { get; }

    /// <summary>A marker in a local file that the XXE feeds point at: it must never reach the archive.</summary>
    public string Secret { get; }

    /// <summary>Files that must each get at least one rejection with their place.</summary>
    public IReadOnlyList<string> BadFiles => _bad;

    /// <summary>Headlines of good articles, each in its own file, that must all be stored.</summary>
    public IReadOnlyList<string> GoodHeadlines => _good;

    /// <summary>Writes the corpus under <paramref name="folder"/>, with a single line of <paramref name="hugeLineMegabytes"/> MB.</summary>
    public static HostileCorpus Write(string folder, int hugeLineMegabytes)
    {
        Directory.CreateDirectory(folder);
        string secretFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, "geheim.txt");
        var corpus = new HostileCorpus(Path.GetFullPath(folder), $"GEHEIM-{Guid.NewGuid():N}");
        File.WriteAllText(secretFile, corpus.Secret);
        corpus.WriteGood();
        corpus.WriteBroken(hugeLineMegabytes);
        corpus.WriteHostileXml(new Uri(secretFile).AbsoluteUri);
        corpus.WriteHostileHtml();
        corpus.WriteOddNames();
        corpus.WriteLinks();
        return corpus;
    }

    private void WriteGood()
    {
        Good("gut/meldung.jsonl", "Gute Meldung aus JSON Lines", h => Json(h));
        Good("gut/seed.txt", "Gute Meldung im Seed-Format", h => $"{h}\n\n{h}\nDer Stadtrat hat am Montag den Haushalt beschlossen.\n\ndpa-politik\n");
        Good("gut/tabelle.csv", "Gute Meldung aus CSV", h => $"id,title,body,source,category\ncsv-1,{h},\"Der Text, mit Komma.\",dpa,politik\n");
        Good("gut/feed.rss", "Gute Meldung aus dem Feed", h => Rss(h, ""));
        Good("gut/seite.html", "Gute Meldung als Webseite", Page);
        string utf16 = "Gute Meldung aus einem UTF-16-Feed";
        _good.Add(utf16);
        Bytes("gut/utf16-feed.xml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Rss(utf16, "").Replace("utf-8", "utf-16"))]);
    }

    private void WriteBroken(int hugeLineMegabytes)
    {
        var random = new Random(6);
        var noise = new byte[8 * 1024];
        random.NextBytes(noise);
        Bad("binaer.txt", noise);
        Bad("binaer.jsonl", noise);
        Bad("binaer.csv", noise);
        Bad("ungueltig-utf8.jsonl", [.. Utf8.GetBytes("{\"title\":\"Gr"), 0xC3, 0x28, .. Utf8.GetBytes("\",\"body\":\"Text\"}\n")]);
        Bad("ungueltig-utf8.txt", [.. Utf8.GetBytes("Titel\n\nText "), 0xFF, 0xFE, 0x80, .. Utf8.GetBytes("\n")]);
        foreach (string name in new[] { "utf16.jsonl", "utf16.txt", "utf16.csv" })
            Bad(name, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Json("UTF-16 Titel") + "\n")]);
        HugeLine("riesenzeile.jsonl", hugeLineMegabytes);
        Bad("leer.jsonl", []);
        Bad("leer.txt", []);
        Bad("leer.csv", []);
        Bad("leer.rss", []);
        Bad("leer.html", []);
        Bad("nur-leerraum.txt", Utf8.GetBytes("   \n\t\n  \r\n"));
        Bad("nur-leerraum.jsonl", Utf8.GetBytes("\n   \n\t\n"));
        Bad("nur-kopfzeile.csv", Utf8.GetBytes("id,title,body\n"));
        Bad("nur-label.txt", Utf8.GetBytes("dpa-politik\n"));
        Bad("label-ohne-text.csv", Utf8.GetBytes("dpa-politik;\n"));
        Bad("tief-array.jsonl", Utf8.GetBytes("{\"title\":" + new string('[', 100_000) + new string(']', 100_000) + "}\n"));
        Bad("tief-objekt.jsonl", Utf8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 50_000)) + "1" + new string('}', 50_000) + "\n"));
        Bad("falsche-typen.jsonl", Utf8.GetBytes(string.Join('\n',
            "{\"title\": 5, \"body\": \"Text\"}", "{\"title\": \"T\", \"body\": {\"x\": 1}}", "{\"title\": [\"a\"], \"body\": \"b\"}",
            "{\"id\": true, \"title\": \"T\", \"body\": \"b\"}", "{\"title\": \"T\", \"body\": [1, 2]}", "[1, 2, 3]", "\"nur ein Text\"", "null",
            "{\"title\": \"T\", \"body\": \"b\", \"published\": 12345}", "{\"title\": \"T\", \"body\": \"b\", \"published\": \"gestern\"}") + "\n"));
        Bad("streuende-anfuehrungszeichen.csv", Utf8.GetBytes(
            "id,title,body\n1,\"Titel \"mit\" Quote\",Text\n2,Titel,\"offen bis zum Ende\n3,\"x\"y\"z,\"\"\n"));
    }

    private void WriteHostileXml(string secretUri)
    {
        Bad("xxe.rss", Utf8.GetBytes($"""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "{secretUri}"> ]>
            <rss version="2.0"><channel><title>XXE</title>
            <item><title>Geheimnis &xxe;</title><description>Inhalt: &xxe;</description></item>
            </channel></rss>
            """));
        Bad("xxe-parameter.xml", Utf8.GetBytes($"""
            <?xml version="1.0"?>
            <!DOCTYPE feed [ <!ENTITY % p SYSTEM "{secretUri}"> %p; ]>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>P</title><entry><title>Eintrag</title><content>&p;</content></entry></feed>
            """));
        Bad("dtd-von-aussen.rss", Utf8.GetBytes("""
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "http://127.0.0.1:9/boese.dtd">
            <rss version="2.0"><channel><title>D</title><item><title>Titel &boese;</title><description>Text</description></item></channel></rss>
            """));
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) laughs.Append($" <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        laughs.Append("]>\n<rss version=\"2.0\"><channel><title>L</title><item><title>Lachen</title><description>&lol10;</description></item></channel></rss>\n");
        Bad("billion-laughs.rss", Utf8.GetBytes(laughs.ToString()));
    }

    private void WriteHostileHtml()
    {
        Bad("tief.html", Utf8.GetBytes("<html><head><title>Tief</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "Text</body></html>"));
        var wide = new StringBuilder("<html><head><title>Breit</title></head><body><article><h1>Breit</h1>");
        for (int i = 0; i < 400_000; i++) wide.Append("<span>w</span>");
        Bad("riesiges-dom.html", Utf8.GetBytes(wide.Append("<p>Ende.</p></article></body></html>").ToString()));
    }

    // Odd names on good files: the articles must be stored and the names reported as they are.
    private void WriteOddNames()
    {
        string[] names = ["mit leerzeichen.jsonl", "ümläute-名前-😀.jsonl", "-strich-vorn.jsonl", "anführung\"und'semi;kolon.jsonl", "zeilen\numbruch.jsonl"];
        for (int i = 0; i < names.Length; i++)
        {
            string headline = $"Gute Meldung mit seltsamem Dateinamen {i + 1}";
            try
            {
                Good("namen/" + names[i], headline, h => Json(h, $"name-{i}"));
            }
            catch (IOException)
            {
                _good.Remove(headline); // a file system that refuses the name (a line break) just has one fewer
            }
        }
    }

    private void WriteLinks()
    {
        string loops = Path.Combine(Folder, "schleifen");
        Directory.CreateDirectory(loops);
        File.CreateSymbolicLink(Path.Combine(loops, "ich-selbst"), loops);
        File.CreateSymbolicLink(Path.Combine(loops, "oben"), Folder);
        File.CreateSymbolicLink(Path.Combine(loops, "a.jsonl"), Path.Combine(loops, "b.jsonl"));
        File.CreateSymbolicLink(Path.Combine(loops, "b.jsonl"), Path.Combine(loops, "a.jsonl"));
        File.CreateSymbolicLink(Path.Combine(loops, "ins-leere.jsonl"), Path.Combine(loops, "gibt-es-nicht.jsonl"));
        _bad.AddRange(["schleifen/a.jsonl", "schleifen/b.jsonl", "schleifen/ins-leere.jsonl"]);
    }

    private void HugeLine(string name, int megabytes)
    {
        using (var file = File.Create(Path.Combine(Folder, name)))
        {
            file.Write(Utf8.GetBytes("{\"title\":\"Riesig\",\"body\":\""));
            var block = Utf8.GetBytes(string.Concat(Enumerable.Repeat("Wort ", 200_000)));
            for (long written = 0; written < megabytes * 1024L * 1024; written += block.Length) file.Write(block);
            file.Write(Utf8.GetBytes("\"}\n"));
        }
        _bad.Add(name);
    }

    private void Good(string name, string headline, Func<string, string> content)
    {
        string path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Utf8.GetBytes(content(headline)));
        _good.Add(headline);
    }

    private void Bad(string name, byte[] content) => Bytes(name, content, bad: true);

    private void Bytes(string name, byte[] content, bool bad = false)
    {
        string path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        if (bad) _bad.Add(name);
    }

    private static string Json(string headline, string? id = null) => System.Text.Json.JsonSerializer.Serialize(new
    {
        id = id ?? "json-" + string.Concat(headline.Where(char.IsAsciiLetter)).ToLowerInvariant(), title = headline, body = "Der Stadtrat hat am Montag den Haushalt beschlossen.",
        source = "dpa", category = "politik",
    }) + "\n";

    private static string Rss(string headline, string doctype) => $"""
        <?xml version="1.0" encoding="utf-8"?>{doctype}
        <rss version="2.0"><channel><title>Gute Quelle</title><link>https://example.org/</link>
        <item><title>{headline}</title><link>https://example.org/{headline.Length}</link><description>Der Stadtrat hat am Montag den Haushalt beschlossen.</description></item>
        </channel></rss>
        """;

    private static string Page(string headline) => $"""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{headline}</title>
        <link rel="canonical" href="https://example.org/seite"></head><body><article><h1>{headline}</h1>
        {string.Concat(Enumerable.Repeat("<p>Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen, eine neue Brücke über den Fluss zu bauen. Die Kosten werden auf zwölf Millionen Euro geschätzt, und der Bau soll im Herbst beginnen.</p>", 5))}
        </article></body></html>
        """;
}
