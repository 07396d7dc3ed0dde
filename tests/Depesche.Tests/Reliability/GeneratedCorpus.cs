using System.Text.Json;
using Depesche.Articles;

namespace Depesche.Tests.Reliability;

/// <summary>
/// A JSON Lines corpus made at test time with a fixed seed, spread over a few files in one folder: plain
/// German-looking news, every record with its own id, a few later records that change an earlier article
/// (same id, new headline) and a few exact repeats. It knows every record's place (path:line), so a test
/// can say which version of each article a commit that covers a place must hold.
/// </summary>
public sealed class GeneratedCorpus
{
    private static readonly string[] Words =
    [
        "Regierung", "Minister", "Berlin", "Bundestag", "Haushalt", "Opposition", "Wähler", "Straßenbahn", "Schule", "Krankenhaus",
        "Verteidigung", "Bürgermeisterin", "Gemeinderat", "Wirtschaft", "Exporte", "Energiepreise", "Hochwasser", "Polizei",
        "Gericht", "Urteil", "Klage", "Bahnhof", "Streik", "Gewerkschaft", "Lohn", "Tarif", "Einigung", "Gespräche",
        "sagte", "forderte", "kritisierte", "kündigte", "an", "am", "Montag", "Dienstag", "in", "der", "die", "das", "und",
        "nicht", "mehr", "neue", "große", "schnell", "heute", "gestern", "über", "für", "gegen", "nach", "Jahr", "Millionen",
    ];

    private GeneratedCorpus(string folder, IReadOnlyList<Record> records)
    {
        Folder = folder;
        Records = records;
    }

    /// <summary>One line of the corpus: where it stands and the article it holds.</summary>
    public sealed record Record(string Path, int Line, string Id, string Headline, IReadOnlyList<string> Paragraphs,
        string Source, string Category, DateTimeOffset Published, string Url)
    {
        /// <summary>The place as ingest reports it.</summary>
        public string Place => $"{Path}:{Line}";

        /// <summary>True when <paramref name="stored"/> holds exactly this record's fields.</summary>
        public bool SameAs(Article stored) =>
            stored.Id == Id && stored.Headline == Headline && stored.Paragraphs.SequenceEqual(Paragraphs) && stored.Source == Source
            && stored.Category == Category && stored.Published == Published && stored.Url == Url;
    }

    /// <summary>The folder holding the files.</summary>
    public string Folder { get; }

    /// <summary>Every record in ingest order (files by ordinal name, lines in order).</summary>
    public IReadOnlyList<Record> Records { get; }

    /// <summary>How many distinct articles the whole corpus holds.</summary>
    public int DistinctIds => Records.Select(r => r.Id).Distinct().Count();

    /// <summary>Writes <paramref name="articles"/> records into <paramref name="files"/> files under <paramref name="folder"/>, ids starting with <paramref name="idPrefix"/>.</summary>
    public static GeneratedCorpus Write(string folder, int articles, int files = 3, int seed = 6, string idPrefix = "gen")
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var records = new List<Record>();
        int perFile = (articles + files - 1) / files;
        for (int f = 0; f < files; f++)
        {
            string path = Path.GetFullPath(Path.Combine(folder, $"part-{f:00}.jsonl"));
            using var writer = new StreamWriter(path);
            for (int line = 1; line <= perFile && records.Count < articles; line++)
            {
                Record record;
                int roll = random.Next(100);
                if (records.Count > 50 && roll < 3)
                {
                    // A new version of an earlier article: same id, new headline.
                    var old = records[random.Next(records.Count)];
                    record = old with { Path = path, Line = line, Headline = Sentence(random, 7) + $" (Fassung {line})" };
                }
                else if (records.Count > 50 && roll < 5)
                {
                    record = records[random.Next(records.Count)] with { Path = path, Line = line };
                }
                else
                {
                    int n = records.Count;
                    record = new Record(path, line, $"{idPrefix}-{n:000000}", Sentence(random, 8) + $" {n}",
                        Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sentence(random, random.Next(20, 90)) + ".").ToArray(),
                        random.Next(3) switch { 0 => "dpa", 1 => "afp", _ => "reuters" },
                        random.Next(2) == 0 ? "politik" : "wirtschaft",
                        new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(500_000)),
                        $"https://example.org/artikel/{n}");
                }
                records.Add(record);
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    id = record.Id, title = record.Headline, body = record.Paragraphs, source = record.Source,
                    category = record.Category, published = record.Published.ToString("O"), url = record.Url,
                }));
            }
        }
        return new GeneratedCorpus(Path.GetFullPath(folder), records);
    }

    /// <summary>The version of each article that the records up to and including <paramref name="place"/> leave (all records when null).</summary>
    public Dictionary<string, Record> StateThrough(string? place)
    {
        var state = new Dictionary<string, Record>(StringComparer.Ordinal);
        if (place is null) return state;
        foreach (var record in Records)
        {
            state[record.Id] = record;
            if (record.Place == place) return state;
        }
        throw new ArgumentException($"no record at {place}", nameof(place));
    }

    /// <summary>The final version of every article.</summary>
    public Dictionary<string, Record> FinalState() => StateThrough(Records[^1].Place);

    /// <summary>True when a record after <paramref name="place"/> holds exactly <paramref name="stored"/> (a newer version of its article).</summary>
    public bool HoldsAfter(Article stored, string place)
    {
        int after = Records.Select((r, i) => (r, i)).First(x => x.r.Place == place).i;
        return Records.Skip(after + 1).Any(r => r.SameAs(stored));
    }

    /// <summary>The position (in <see cref="Records"/>) of the first record holding exactly <paramref name="stored"/>, or -1.</summary>
    public int PositionOf(Article stored)
    {
        for (int i = 0; i < Records.Count; i++)
            if (Records[i].SameAs(stored)) return i;
        return -1;
    }

    private static string Sentence(Random random, int words)
    {
        var chosen = Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        chosen[0] = char.ToUpperInvariant(chosen[0][0]) + chosen[0][1..];
        return string.Join(' ', chosen);
    }
}
