namespace Depesche.Analysis.German;

/// <summary>
/// The forms of German strong and irregular verbs, which change their vowel (schreiben, schrieb, geschrieben; gewinnen,
/// gewann, gewonnen) where the stemmer only cuts endings, so that their forms keep different stems (schreib, schrieb,
/// geschrieb). A verb form with a prefix (unterschrieb, ausgesprochen, anzunehmen) stands for that prefixed verb only:
/// unterschreiben is another verb than schreiben. Lower case and folded (ä = a, ß = ss), as a word in running text:
/// capitalised, the same letters are mostly nouns (Band, Fall, Schlag). Auxiliaries and modal verbs are left out.
/// Forms are folded as <see cref="WordFold"/> folds.
/// </summary>
public static class StrongVerbs
{
    // infinitive, past, past participle, and the third person present where its vowel changes; ';' between verbs.
    private const string Table = """
        beginnen begann begonnen; beißen biss gebissen; bergen barg geborgen birgt; betrügen betrog betrogen
        biegen bog gebogen; bieten bot geboten; binden band gebunden; bitten bat gebeten; blasen blies geblasen bläst
        bleiben blieb geblieben; braten briet gebraten brät; brechen brach gebrochen bricht; brennen brannte gebrannt
        bringen brachte gebracht; denken dachte gedacht; dringen drang gedrungen
        empfehlen empfahl empfohlen empfiehlt; essen aß gegessen isst; fahren fuhr gefahren fährt
        fallen fiel gefallen fällt; fangen fing gefangen fängt; finden fand gefunden; fliegen flog geflogen
        fliehen floh geflohen; fließen floss geflossen; frieren fror gefroren; gebären gebar geboren
        geben gab gegeben gibt; gehen ging gegangen; gelingen gelang gelungen; gelten galt gegolten gilt
        genießen genoss genossen; geschehen geschah geschehen geschieht; gewinnen gewann gewonnen
        gießen goss gegossen; gleichen glich geglichen; gleiten glitt geglitten; graben grub gegraben gräbt
        greifen griff gegriffen; halten hielt gehalten hält; hängen hing gehangen; heben hob gehoben
        heißen hieß geheißen; helfen half geholfen hilft; kennen kannte gekannt; klingen klang geklungen
        kommen kam gekommen; kriechen kroch gekrochen; laden lud geladen lädt; lassen ließ gelassen lässt
        laufen lief gelaufen läuft; leiden litt gelitten; leihen lieh geliehen; lesen las gelesen liest
        liegen lag gelegen; lügen log gelogen; meiden mied gemieden; messen maß gemessen misst
        nehmen nahm genommen nimmt; nennen nannte genannt; pfeifen pfiff gepfiffen; raten riet geraten rät
        reiben rieb gerieben; reißen riss gerissen; reiten ritt geritten; rennen rannte gerannt; riechen roch gerochen
        rufen rief gerufen; schaffen schuf geschaffen; scheiden schied geschieden; scheinen schien geschienen
        schieben schob geschoben; schießen schoss geschossen; schlafen schlief geschlafen schläft
        schlagen schlug geschlagen schlägt; schleichen schlich geschlichen; schließen schloss geschlossen
        schmelzen schmolz geschmolzen schmilzt; schneiden schnitt geschnitten; schreiben schrieb geschrieben
        schreien schrie geschrien; schreiten schritt geschritten; schweigen schwieg geschwiegen
        schwimmen schwamm geschwommen; schwören schwor geschworen; sehen sah gesehen sieht; senden sandte gesandt
        singen sang gesungen; sinken sank gesunken; sitzen saß gesessen; sprechen sprach gesprochen spricht
        springen sprang gesprungen; stechen stach gestochen sticht; stehen stand gestanden
        stehlen stahl gestohlen stiehlt; steigen stieg gestiegen; sterben starb gestorben stirbt
        stoßen stieß gestoßen stößt; streichen strich gestrichen; streiten stritt gestritten
        tragen trug getragen trägt; treffen traf getroffen trifft; treiben trieb getrieben; treten trat getreten tritt
        trinken trank getrunken; verderben verdarb verdorben verdirbt; vergessen vergaß vergessen vergisst
        verlieren verlor verloren; wachsen wuchs gewachsen wächst; waschen wusch gewaschen wäscht
        weichen wich gewichen; weisen wies gewiesen; wenden wandte gewandt; werben warb geworben wirbt
        werfen warf geworfen wirft; wiegen wog gewogen; winden wand gewunden; wissen wusste gewusst weiß
        ziehen zog gezogen; zwingen zwang gezwungen; schwingen schwang geschwungen; stinken stank gestunken
        ringen rang gerungen; saugen sog gesogen; verschwinden verschwand verschwunden; spinnen spann gesponnen
        verzeihen verzieh verziehen; gedeihen gedieh gediehen; preisen pries gepriesen
        schelten schalt gescholten schilt; erschrecken erschrak erschrocken erschrickt; schleifen schliff geschliffen
        bewerben bewarb beworben bewirbt; erwerben erwarb erworben erwirbt; entscheiden entschied entschieden
        beschreiben beschrieb beschrieben
        befehlen befahl befohlen befiehlt; schwinden schwand geschwunden; schlingen schlang geschlungen; hauen hieb gehauen
        melken molk gemolken; quellen quoll gequollen quillt; schwellen schwoll geschwollen schwillt; speien spie gespien
        dreschen drosch gedroschen drischt; fechten focht gefochten ficht; flechten flocht geflochten flicht
        kneifen kniff gekniffen; mahlen mahlte gemahlen; scheren schor geschoren; weben wob gewoben; gären gor gegoren
        schmeißen schmiss geschmissen; sprießen spross gesprossen; klimmen klomm geklommen; bleichen blich geblichen
        erlöschen erlosch erloschen erlischt
        """;

    private static readonly string[] Separable =
        ["ab", "an", "auf", "aus", "bei", "durch", "ein", "entgegen", "fest", "fort", "her", "heraus", "herein", "hin",
         "hinaus", "hinzu", "los", "mit", "nach", "vor", "voran", "voraus", "vorbei", "weg", "weiter", "wieder", "zu",
         "zuruck", "zusammen", "uber", "unter", "um"];

    private static readonly string[] Inseparable = ["be", "ver", "er", "ent", "emp", "zer", "miss"];

    private static readonly string[] InfinitiveEndings = ["en", "e", "st", "t", "et", "est", "end", "ende", "enden", "endes", "ender", "n"];
    private static readonly string[] PastEndings = ["", "e", "en", "st", "t", "et", "est"];
    private static readonly string[] WeakPastEndings = ["e", "en", "est", "et"];
    private static readonly string[] ParticipleEndings = ["", "e", "er", "es", "em", "en"];
    private static readonly string[] PresentEndings = ["t", "st"];
    private static readonly string[] NoEndings = [""];

    private static readonly int LongestEnding =
        new[] { InfinitiveEndings, PastEndings, WeakPastEndings, ParticipleEndings, PresentEndings }.SelectMany(e => e).Max(e => e.Length);

    // Every prefix a verb may carry: none, one separable or inseparable, or a separable one before an inseparable one.
    private static readonly string[] Prefixes =
        [.. new[] { "" }.Concat(Separable).Concat(Inseparable).Concat(Separable.SelectMany(s => Inseparable.Select(i => s + i)))];

    private static readonly Verb[] Verbs = Parse();

    // Each form's stem (the part before the ending) and the verbs and stem kinds it belongs to.
    private static readonly Dictionary<string, List<(Verb Verb, Stem Stem)>> ByStem = Index();

    /// <summary>
    /// Every form (lower case, folded) of the verb <paramref name="word"/> is a form of, with the same prefix; none when
    /// the word is not a lower-case form of a strong verb.
    /// </summary>
    public static IReadOnlyCollection<string> FormsOf(string word)
    {
        if (word.Length == 0 || !char.IsLower(word[0])) return [];
        string folded = WordFold.Of(word);
        foreach (string prefix in Prefixes)
        {
            if (!folded.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (Identify(prefix, folded[prefix.Length..]) is { } verb) return Forms(prefix, verb);
        }
        return [];
    }

    // The verb whose form rest is (after prefix), if any.
    private static Verb? Identify(string prefix, string rest)
    {
        bool separable = Array.IndexOf(Separable, prefix) >= 0;
        var stems = ByStem.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (body, marker) in Bodies(rest, separable))
            for (int cut = body.Length; cut >= Math.Max(2, body.Length - LongestEnding); cut--)
            {
                if (!stems.TryGetValue(body.AsSpan(0, cut), out var candidates)) continue;
                var ending = body.AsSpan(cut);
                foreach (var (verb, stem) in candidates)
                    if (stem.Accepts(marker) && Ends(stem.Endings, ending)) return verb;
            }
        return null;
    }

    private static bool Ends(string[] endings, ReadOnlySpan<char> ending)
    {
        foreach (string e in endings)
            if (ending.SequenceEqual(e)) return true;
        return false;
    }

    // The form without the participle's ge- or the infinitive's zu- where it may carry one, and as it is.
    private static IEnumerable<(string Body, string Marker)> Bodies(string rest, bool separable)
    {
        yield return (rest, "");
        if (rest.StartsWith("ge", StringComparison.Ordinal)) yield return (rest[2..], "ge");
        if (separable && rest.StartsWith("zu", StringComparison.Ordinal)) yield return (rest[2..], "zu");
    }

    private static HashSet<string> Forms(string prefix, Verb verb)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        bool separable = Array.IndexOf(Separable, prefix) >= 0;
        foreach (var stem in verb.Stems)
            foreach (string ending in stem.Endings)
            {
                string marker = stem.Kind == StemKind.Participle && stem.TakesGe ? "ge" : "";
                forms.Add(prefix + marker + stem.Text + ending);
                if (stem.Kind == StemKind.Infinitive && separable) forms.Add(prefix + "zu" + stem.Text + ending);
            }
        return forms;
    }

    private static Verb[] Parse()
    {
        var verbs = new List<Verb>();
        foreach (string entry in Table.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = entry.Split(' ').Select(p => WordFold.Of(p)).ToArray();
            string infinitive = parts[0], past = parts[1], participle = parts[2];
            var stems = new List<Stem>
            {
                new(StemKind.Infinitive, infinitive.EndsWith("en", StringComparison.Ordinal) ? infinitive[..^2] : infinitive[..^1], InfinitiveEndings, false),
                past.EndsWith("te", StringComparison.Ordinal) || past.EndsWith("de", StringComparison.Ordinal)
                    ? new(StemKind.Past, past[..^1], WeakPastEndings, false)
                    : new(StemKind.Past, past, PastEndings, false),
            };
            // The participle's ge- belongs to the form unless the verb starts with an inseparable prefix or ge- itself.
            bool takesGe = participle.StartsWith("ge", StringComparison.Ordinal) && !infinitive.StartsWith("ge", StringComparison.Ordinal);
            stems.Add(new(StemKind.Participle, takesGe ? participle[2..] : participle, ParticipleEndings, takesGe));
            if (parts.Length > 3)
                stems.Add(parts[3].EndsWith('t')
                    ? new(StemKind.Present, parts[3][..^1], PresentEndings, false)
                    : new(StemKind.Present, parts[3], NoEndings, false));
            verbs.Add(new Verb(stems));
        }
        return [.. verbs];
    }

    private static Dictionary<string, List<(Verb, Stem)>> Index()
    {
        var index = new Dictionary<string, List<(Verb, Stem)>>(StringComparer.Ordinal);
        foreach (var verb in Verbs)
            foreach (var stem in verb.Stems)
            {
                if (!index.TryGetValue(stem.Text, out var list)) index[stem.Text] = list = [];
                list.Add((verb, stem));
            }
        return index;
    }

    private enum StemKind { Infinitive, Past, Participle, Present }

    private sealed record Verb(IReadOnlyList<Stem> Stems);

    private sealed record Stem(StemKind Kind, string Text, string[] Endings, bool TakesGe)
    {
        // A ge- before the stem only where the participle has one; zu- only before the infinitive.
        public bool Accepts(string marker) => marker switch
        {
            "ge" => Kind == StemKind.Participle && TakesGe,
            "zu" => Kind == StemKind.Infinitive,
            _ => !(Kind == StemKind.Participle && TakesGe),
        };
    }
}
