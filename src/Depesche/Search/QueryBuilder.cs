using Depesche.Analysis.German;
using Depesche.Analysis.German.Compounds;
using Depesche.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Depesche.Search;

/// <summary>
/// Turns a <see cref="ParsedQuery"/> into a Lucene query over the archive's fields: each word is
/// searched folded and stemmed in headline and body, in its exact spelling, whose match adds weight, and
/// as a name key, whose match (another transliteration of the name) counts as a match of the word.
/// </summary>
internal sealed class QueryBuilder
{
    private readonly Analyzer _german;
    private readonly Analyzer _exact = new ExactAnalyzer();
    private readonly Analyzer _headlineWords;
    private readonly Analyzer _names = NameKeyAnalyzer.ForQueries();
    private readonly Ranking _ranking;

    public QueryBuilder(StemmerKind stemmer, Ranking ranking)
    {
        _german = new GermanTextAnalyzer(stemmer);
        _headlineWords = new GermanTextAnalyzer(stemmer, keepStopWords: true);
        _ranking = ranking;
    }

    /// <summary>
    /// How many groups of searchable words (OR-joined words count once, stop words not at all) the query
    /// has: decides the match mode.
    /// </summary>
    public int ScoringGroups(ParsedQuery query) => query.Clauses
        .Where(c => c.Occurrence != Occurrence.Prohibited && (c.Kind == ClauseKind.Prefix ||
            (c.Kind is ClauseKind.Word or ClauseKind.Phrase && Searchable(c.Text))))
        .Select(c => c.Group).Distinct().Count();

    // Whether the text leaves any term in the body field (stop words leave none).
    private bool Searchable(string text) => Analyze(_german, Schema.Body, text).Count > 0;

    /// <summary>
    /// All words for a query of up to <see cref="Ranking.AllWordsUpTo"/> searchable words, else any; a question
    /// (<see cref="IsQuestion"/>) matches any word whatever its length.
    /// </summary>
    public MatchMode ModeFor(ParsedQuery query) =>
        ScoringGroups(query) <= _ranking.AllWordsUpTo && !IsQuestion(query) ? MatchMode.All : MatchMode.Any;

    /// <summary>
    /// Whether the query was typed as a question: its last word ends in a question mark. A question is put in the
    /// asker's words, which the answer often does not share ("Wo arbeiten die meisten Kinderarbeiter?" is answered
    /// by "Die meisten Kinderarbeiter sind in der Landwirtschaft beschäftigt"), so its words rank rather than filter
    /// (retrieval-xquad-de nDCG@10 0.9281 → 0.9311, docs/benchmarks.md).
    /// </summary>
    public static bool IsQuestion(ParsedQuery query) =>
        query.Clauses.Count > 0 && query.Clauses.MaxBy(c => c.Position) is { Kind: ClauseKind.Word } last
        && last.Text.EndsWith('?');

    /// <summary>The Lucene query for <paramref name="query"/> in <paramref name="mode"/>, plus the filters in <paramref name="filters"/>.</summary>
    /// <remarks>
    /// <paramref name="partial"/>: the query is the fallback of a short one that no article matched completely; its
    /// partial matches are ranked as a keyword search, without what serves questions and long queries (word
    /// families, words no article holds looked for otherwise), which would cost it more than it gives.
    /// </remarks>
    public BuiltQuery Build(ParsedQuery query, MatchMode mode, IReadOnlyList<Query> filters, Lexicon? lexicon = null,
        IndexReader? reader = null, bool partial = false)
    {
        lexicon ??= Lexicon.Empty;
        var archive = new ArchiveTerms(lexicon.Compounds, lexicon.Names, reader, mode, partial);
        var notes = new List<QueryNote>();
        var typed = query;
        if (mode == MatchMode.Any) query = WithoutQuestionScaffolding(query, notes);
        var boosts = new List<Query>();
        var result = new BooleanQuery(disableCoord: true);
        int scoring = 0;
        bool required = false;
        // A word typed twice where all words must match ("Krieg Ukraine Ukraine") is searched once with twice the
        // weight: the same hits and scores (BM25 weights scale with the boost), one postings walk instead of two.
        var repeated = new Dictionary<string, (Query Word, int First, int End, int Times)>(StringComparer.Ordinal);
        foreach (var group in query.Clauses.GroupBy(c => c.Group))
        {
            string? repeatKey = mode == MatchMode.All && group.Count() == 1
                && group.First() is { Kind: ClauseKind.Word, Occurrence: not Occurrence.Prohibited } single ? RepeatKey(single) : null;
            if (repeatKey is not null && repeated.TryGetValue(repeatKey, out var earlier))
            {
                repeated[repeatKey] = earlier with { Times = earlier.Times + 1 };
                scoring++;
                continue;
            }
            int boostsBefore = boosts.Count;
            var members = new List<(QueryClause Clause, Query Query)>();
            foreach (var clause in group)
            {
                var q = ClauseQuery(clause, clause.Occurrence == Occurrence.Prohibited ? null : boosts, archive);
                if (q is null)
                {
                    if (clause.Kind is ClauseKind.Word or ClauseKind.Phrase)
                        notes.Add(new QueryNote("stopword", $"'{clause.Text}' at position {clause.Position} is too common to search for"));
                    continue;
                }
                members.Add((clause, q));
            }
            foreach (var (clause, q) in members.Where(m => m.Clause.Occurrence == Occurrence.Prohibited))
                result.Add(q, Occur.MUST_NOT);
            var positive = members.Where(m => m.Clause.Occurrence != Occurrence.Prohibited).ToList();
            if (positive.Count == 0) continue;
            Query groupQuery = positive.Count == 1 ? positive[0].Query : AnyOf(positive.Select(m => m.Query));
            bool isFilter = positive.All(m => m.Clause.Kind is ClauseKind.Source or ClauseKind.Category);
            bool must = isFilter || mode == MatchMode.All || positive.Any(m => m.Clause.Occurrence == Occurrence.Required);
            result.Add(groupQuery, must ? Occur.MUST : Occur.SHOULD);
            required |= must;
            if (!isFilter) scoring++;
            if (repeatKey is not null) repeated[repeatKey] = (groupQuery, boostsBefore, boosts.Count, 1);
        }
        foreach (var (word, first, end, times) in repeated.Values.Where(r => r.Times > 1))
        {
            word.Boost *= times;
            for (int i = first; i < end; i++) boosts[i].Boost *= times;
        }
        foreach (var filter in filters)
        {
            result.Add(AsFilter(filter), Occur.MUST);
            required = true;
        }
        int optional = result.Clauses.Count(c => c.Occur == Occur.SHOULD);
        // Only stop words were typed ("Das ist kein"): search them as a phrase in the headlines, which keep
        // stop words; nothing else matches, rather than everything.
        if (scoring == 0 && notes.Any(n => n.Code == "stopword"))
        {
            var headline = HeadlinePhrase(query);
            if (headline is not null)
                notes.Add(new QueryNote("headline-phrase", "the query holds only common words; they were searched as a phrase in the headlines"));
            return new BuiltQuery(headline ?? new BooleanQuery(), 0, notes);
        }
        if (optional > 0)
            result.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Floor(optional * _ranking.AnyMinimumShare));
        else if (!required)
            result.Add(new MatchAllDocsQuery(), Occur.MUST);
        // Exact-spelling matches only add weight: as optional clauses of the whole query they are looked up
        // for the documents the words already matched, instead of widening every word's disjunction.
        if (required || optional > 0)
            foreach (var boost in boosts) result.Add(boost, Occur.SHOULD);
        var words = BodyWords(query);
        var searched = archive.Questions ? words.Where(w => w.Terms.Count > 0).Select(w => w.Clause.Text).ToList() : [];
        var familyKeys = WordFamilies.Keys(searched);
        return new BuiltQuery(result, scoring, notes)
        {
            Phrases = Rescoring(words, typed),
            CloseTerms = CloseTerms(words),
            FamilyKeys = familyKeys,
            FamilyForms = WordFamilies.VerbForms(searched, familyKeys),
        };
    }

    // A question of many words is searched without its scaffolding (QuestionWords), with a note; kept when fewer
    // than two other searchable words would be left, and for words typed with +, in quotes or for the headline only.
    private ParsedQuery WithoutQuestionScaffolding(ParsedQuery query, List<QueryNote> notes)
    {
        static bool Plain(QueryClause c) => c is { Kind: ClauseKind.Word, Occurrence: Occurrence.Default, TitleOnly: false };
        if (!query.Clauses.Any(c => Plain(c) && QuestionWords.IsMarker(c.Text))) return query;
        var dropped = query.Clauses.Where(c => Plain(c) && QuestionWords.IsScaffolding(c.Text)).ToList();
        var rest = query with { Clauses = query.Clauses.Except(dropped).ToList() };
        if (ScoringGroups(rest) < 2) return query;
        foreach (var c in dropped.Where(c => Searchable(c.Text)))
            notes.Add(new QueryNote("question-word", $"'{c.Text}' at position {c.Position} belongs to the question, not to what it asks about; it was not searched"));
        return rest;
    }

    private static string RepeatKey(QueryClause clause) => $"{clause.TitleOnly}\u0001{clause.Occurrence}\u0001{clause.Text}";

    // Restricts without scoring: source:, category:, --from/--to and the like never change the ranking.
    private static Query AsFilter(Query query) => new ConstantScoreQuery(query) { Boost = 0 };

    /// <summary>A filter for any of <paramref name="values"/> in a keyword field.</summary>
    public static Query KeywordFilter(string field, IEnumerable<string> values) =>
        AnyOf(values.Select(v => (Query)new TermQuery(new Term(field, v.Trim().ToLowerInvariant()))));

    private Query? ClauseQuery(QueryClause clause, List<Query>? boosts, ArchiveTerms archive) => clause.Kind switch
    {
        ClauseKind.Word => WordQuery(clause.Text, clause.TitleOnly, boosts, archive),
        ClauseKind.Phrase => PhraseQuery(clause.Text, clause.TitleOnly, boosts, archive),
        ClauseKind.Prefix => PrefixQuery(clause.Text, clause.TitleOnly, boosts),
        ClauseKind.Source => AsFilter(KeywordFilter(Schema.Source, [clause.Text])),
        ClauseKind.Category => AsFilter(KeywordFilter(Schema.Category, [clause.Text])),
        _ => null,
    };

    private Query? WordQuery(string text, bool titleOnly, List<Query>? boosts, ArchiveTerms archive)
    {
        var terms = Analyze(_german, Schema.Body, text);
        if (terms.Count == 0) return null;
        if (terms.Count > 1)
        {
            // A word of several tokens (Corona-Krise, al-Assad): its parts in a row or its joined form, its parts
            // written apart, or all its name keys.
            var phrase = HyphenatedOrPhrase(terms, titleOnly);
            if (titleOnly) return phrase;
            var apart = HyphenPartsApart(terms, archive);
            var variants = NameVariants(text, archive);
            if (apart is null && variants is null) return phrase;
            var word = new BooleanQuery(disableCoord: true) { { phrase, Occur.SHOULD } };
            if (apart is not null) word.Add(apart, Occur.SHOULD);
            if (variants is not null) word.Add(variants, Occur.SHOULD);
            return word;
        }
        var title = archive.Term(Schema.Title, terms[0].Term, _ranking.TitleBoost);
        var q = new BooleanQuery(disableCoord: true);
        if (titleOnly)
        {
            q.Add(title, Occur.SHOULD);
            return q;
        }
        // The body field holds the headline too, so a headline match is always a body match: the headline
        // clause only adds weight, like the exact spelling, and stays out of the word's disjunction.
        boosts?.Add(title);
        q.Add(archive.Term(Schema.Body, terms[0].Term), Occur.SHOULD);
        AddCompoundAlternatives(q, terms[0].Term, archive);
        if (archive.Questions) AddUnknownWordAlternatives(q, terms[0].Term, archive);
        var exact = Analyze(_exact, Schema.Exact, text);
        if (exact.Count == 1) boosts?.Add(archive.Term(Schema.Exact, exact[0].Term, _ranking.ExactBoost));
        if (NameVariants(text, archive, terms[0].Term) is { } names) q.Add(names, Occur.SHOULD);
        return q;
    }

    /// <summary>
    /// The archive's spellings that share <paramref name="text"/>'s name key (for a word of several tokens, each
    /// of its keys), in the exact field; or null when there are none, name variants are off, or the spellings add
    /// hardly any article to <paramref name="stem"/>'s (see AddsArticles). Each key scores as a term of its own (its idf over the
    /// articles holding any of its spellings, times the variant boost) whichever spelling matched; title-only
    /// words and phrases do without.
    /// </summary>
    private Query? NameVariants(string text, ArchiveTerms archive, string? stem = null)
    {
        if (_ranking.NameVariantBoost <= 0) return null;
        var keys = Analyze(_names, "names", text);
        if (keys.Count == 0) return null;
        var perKey = new List<Query>(keys.Count);
        foreach (var (key, _, _) in keys)
        {
            var spellings = archive.Names.SpellingsOf(key);
            if (spellings.Count == 0) return null;
            // The articles holding any spelling, counted at most once per key (deciding and weighing both need it).
            int? articles = null;
            if (stem is not null && !AddsArticles(spellings, stem, char.IsUpper(text[0]), archive, ref articles)) return null;
            var filter = new TermsFilter(spellings.Select(w => new Term(Schema.Exact, w)).ToList());
            perKey.Add(new ConstantScoreQuery(filter) { Boost = KeyWeight(spellings, archive, articles) });
        }
        if (perKey.Count == 1)
        {
            perKey[0].Boost *= _ranking.NameVariantBoost;
            return perKey[0];
        }
        var all = new BooleanQuery(disableCoord: true) { Boost = _ranking.NameVariantBoost };
        foreach (var q in perKey) all.Add(q, Occur.MUST);
        return all;
    }

    // BM25's idf for the articles that hold any of the spellings, as a term query on a field of keys would score
    // (no frequencies or norms: a match is worth its idf). Without a reader every key weighs 1.
    private static float KeyWeight(IReadOnlyList<string> spellings, ArchiveTerms archive, int? counted)
    {
        if (archive.Reader is not { } reader) return 1f;
        long articles = reader.GetDocCount(Schema.Exact);
        int df = counted ?? ArticlesWithAny(archive, spellings);
        return (float)Math.Log(1 + (articles - df + 0.5) / (df + 0.5));
    }

    private static int ArticlesWithAny(ArchiveTerms archive, IReadOnlyList<string> spellings) =>
        spellings.Count == 1 ? archive.DocFreq(Schema.Exact, spellings[0]) : archive.Lookups!.Union(spellings, Schema.Exact, CountArticlesWithAny);

    private static int CountArticlesWithAny(IndexReader reader, IReadOnlyList<string> spellings)
    {
        int count = 0;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(Schema.Exact);
            if (terms is null) continue;
            var seen = new Lucene.Net.Util.FixedBitSet(leaf.AtomicReader.MaxDoc);
            var termsEnum = terms.GetEnumerator();
            DocsEnum? docs = null;
            foreach (string word in spellings)
            {
                if (!termsEnum.SeekExact(new Lucene.Net.Util.BytesRef(word))) continue;
                docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
                for (int d = docs.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.NextDoc()) seen.Set(d);
            }
            count += seen.Cardinality;
        }
        return count;
    }

    // Compounds that hold the word (Minister → Verteidigungsminister) and, for a compound, its parts written
    // apart (Minister für Verteidigung): both count as matching the word, with less weight than the word itself.
    private void AddCompoundAlternatives(BooleanQuery wordQuery, string stem, ArchiveTerms archive)
    {
        if (_ranking.CompoundPartBoost <= 0) return;
        // A word in more than one article in a hundred (and in over a hundred) already finds plenty; its compounds
        // would cost more (each is another postings list to walk) than they add: p99 19 -> 10 ms at 200k articles.
        if (archive.Reader is { } reader && archive.DocFreq(Schema.Body, stem) is int df && df > 100 && df * 100L > reader.MaxDoc) return;
        var compounds = archive.Compounds;
        foreach (string compound in compounds.CompoundsWith(stem))
            if (compound != stem) wordQuery.Add(archive.Term(Schema.Body, compound, _ranking.CompoundPartBoost), Occur.SHOULD);
        if (compounds.PartsOf(stem) is { } parts)
            wordQuery.Add(PartsApart([parts.Modifier, parts.Head], Occur.MUST, archive), Occur.SHOULD);
    }

    // A word's parts written apart, each part with the given occurrence, weighing PartsApartBoost.
    private BooleanQuery PartsApart(IEnumerable<string> parts, Occur occur, ArchiveTerms archive)
    {
        var apart = new BooleanQuery(disableCoord: true) { Boost = _ranking.PartsApartBoost };
        foreach (string part in parts) apart.Add(archive.Term(Schema.Body, part), occur);
        return apart;
    }

    // A word of a query of any words that no article holds (a rare form, an unusual compound) is looked for through the
    // archive's words of its family: the body terms that share its first six letters (WordFamilies), the most frequent
    // first, with less weight than a word found as typed (Imperialismus finds Imperium); and, split against the
    // archive's own terms, through its parts written apart (Funkwellen finds "Funk ... Wellen"). Retrieval-xquad-de
    // nDCG@10 0.9407 -> 0.9425 -> 0.9435 (docs/benchmarks.md).
    private void AddUnknownWordAlternatives(BooleanQuery wordQuery, string stem, ArchiveTerms archive)
    {
        if (archive.Reader is not { } reader || stem.Length < WordFamilies.KeyLength || archive.DocFreq(Schema.Body, stem) > 0) return;
        // A pasted paragraph of unknown words would otherwise turn into thousands of clauses.
        if (archive.UnknownWords++ >= MaxUnknownWords) return;
        if (_ranking.UnknownWordFamilyBoost > 0 && MultiFields.GetTerms(reader, Schema.Body) is { } terms)
        {
            string prefix = stem[..WordFamilies.KeyLength];
            var words = terms.GetEnumerator();
            var family = new List<(string Term, int Articles)>();
            if (words.SeekCeil(new Lucene.Net.Util.BytesRef(prefix)) != TermsEnum.SeekStatus.END)
            {
                do
                {
                    string term = words.Term.Utf8ToString();
                    if (!term.StartsWith(prefix, StringComparison.Ordinal)) break;
                    family.Add((term, words.DocFreq));
                } while (family.Count < MaxFamilyScan && words.MoveNext());
            }
            foreach (var (term, _) in family.OrderByDescending(f => f.Articles).ThenBy(f => f.Term, StringComparer.Ordinal).Take(MaxFamilyTerms))
                wordQuery.Add(archive.Term(Schema.Body, term, _ranking.UnknownWordFamilyBoost), Occur.SHOULD);
        }
        if (_ranking.PartsApartBoost > 0 && SplitAgainstTerms(stem, archive) is { } parts)
            wordQuery.Add(PartsApart([parts.Modifier, parts.Head], Occur.SHOULD, archive), Occur.SHOULD);
    }

    // A stem cut into modifier and head that are both body terms (the modifier with or without a linking -s, -n, -es,
    // -en or -er), parts of three letters at least; of several cuts the one whose parts are most frequent together
    // (the geometric mean of their article counts, as Koehn & Knight rank splits); null when no cut fits.
    private static (string Modifier, string Head)? SplitAgainstTerms(string stem, ArchiveTerms archive)
    {
        (string Modifier, string Head)? best = null;
        double bestScore = 0;
        for (int cut = 3; cut <= stem.Length - 3; cut++)
        {
            string head = stem[cut..];
            int headArticles = archive.DocFreq(Schema.Body, head);
            if (headArticles == 0) continue;
            string modifier = stem[..cut];
            for (int link = 0; link <= 2; link++)
            {
                if (link == 1 && !(modifier.EndsWith('s') || modifier.EndsWith('n'))) continue;
                if (link == 2 && !(modifier.EndsWith("es") || modifier.EndsWith("en") || modifier.EndsWith("er"))) continue;
                string bare = modifier[..^link];
                if (bare.Length < 3) continue;
                int modifierArticles = archive.DocFreq(Schema.Body, bare);
                double score = Math.Sqrt((double)modifierArticles * headArticles);
                if (score > bestScore) (best, bestScore) = ((bare, head), score);
            }
        }
        return best;
    }

    /// <summary>How many unknown words of one query are looked for through their family and parts.</summary>
    public const int MaxUnknownWords = 8;

    // How many words of a family are read from the term dictionary, and how many of them are searched.
    private const int MaxFamilyScan = 500;
    private const int MaxFamilyTerms = 32;

    // Whether the spellings are worth a clause. Spellings that stem as the word does find no other article; their
    // clause still weighs a word typed with a capital (a noun or name, in German) more than a lowercase one, as
    // the names field of capitalised words did, which ranked better (docs/names.md). A frequent word whose
    // variants are hardly more frequent (Russland, Trump) gains almost no article from them but would walk their
    // long postings lists for every query: measured as the largest p99 cost.
    private bool AddsArticles(IReadOnlyList<string> spellings, string stem, bool capitalised, ArchiveTerms archive, ref int? articles)
    {
        if (archive.Reader is null) return true;
        var others = spellings.Where(w => Analyze(_german, Schema.Body, w) is not [var only] || only.Term != stem).ToList();
        if (others.Count == 0 && !capitalised) return false;
        int wordDf = archive.DocFreq(Schema.Body, stem);
        if (wordDf <= 100) return true;
        if (others.Count == 0) return false;
        articles = ArticlesWithAny(archive, spellings);
        return articles * 20L > wordDf * 21L;
    }

    private Query? PhraseQuery(string text, bool titleOnly, List<Query>? boosts, ArchiveTerms archive)
    {
        var terms = Analyze(_german, Schema.Body, text);
        if (terms.Count == 0) return null;
        return terms.Count == 1 ? WordQuery(text, titleOnly, boosts, archive) : PhraseOf(terms.Where(t => t.Type != HyphenatedWordFilter.JoinedType).ToList(), titleOnly);
    }

    // What re-ranks the best hits (ProximityRescorer), as positions are costly to read for every match: the query's
    // words standing close together in the text, and all of them, in the order typed, in the headline.
    // The headline phrase is of the words as typed: a headline may hold a question word ("Warum Hamburg ...").
    private List<RerankPhrase> Rescoring(List<(QueryClause Clause, List<string> Terms)> words, ParsedQuery typed)
    {
        var phrases = new List<RerankPhrase>(2);
        if (Proximity(words) is { } proximity) phrases.Add(proximity);
        if (_ranking.HeadlinePhraseBoost > 0 && typed.Clauses.Count(c => c.Kind is ClauseKind.Word or ClauseKind.Phrase) >= 2
            && HeadlineTerms(typed) is { Count: >= 2 } headline)
            phrases.Add(new RerankPhrase(Schema.Title, headline, 0, _ranking.HeadlinePhraseBoost));
        return phrases;
    }

    // The words and phrases the re-ranking reads (not excluded, not for the headline only), each with its body
    // terms (without the joined form of a hyphenated word): analysed once for the sloppy phrase and the window.
    private List<(QueryClause Clause, List<string> Terms)> BodyWords(ParsedQuery query) => query.Clauses
        .Where(c => c.Kind is ClauseKind.Word or ClauseKind.Phrase && c.Occurrence != Occurrence.Prohibited && !c.TitleOnly)
        .Select(c => (c, Analyze(_german, Schema.Body, c.Text).Where(t => t.Type != HyphenatedWordFilter.JoinedType).Select(t => t.Term).ToList()))
        .ToList();

    // The query's words (each once) whose standing close together in an article re-ranks the best hits.
    private static List<Term> CloseTerms(List<(QueryClause Clause, List<string> Terms)> words) => words
        .SelectMany(w => w.Terms).Distinct().Take(MaxCloseTerms).Select(t => new Term(Schema.Body, t)).ToList();

    // A pasted paragraph is not a question: its first words are enough.
    private const int MaxCloseTerms = 32;

    // Words that stand close together (as in a headline typed from memory) add weight: a sloppy phrase over the
    // query's plain words.
    private RerankPhrase? Proximity(List<(QueryClause Clause, List<string> Terms)> bodyWords)
    {
        if (_ranking.ProximityBoost <= 0) return null;
        var words = bodyWords.Where(w => w.Clause.Kind == ClauseKind.Word).ToList();
        if (words.Count < 2 || words.Count > 12) return null;
        var terms = words.SelectMany(w => w.Terms.Take(1)).ToList();
        if (terms.Count < 2) return null;
        return new RerankPhrase(Schema.Body, terms.Select((t, i) => (t, i)).ToList(), _ranking.ProximitySlop, _ranking.ProximityBoost);
    }

    // The query's words, stop words included, as a phrase in the headlines (which keep stop words).
    private Query? HeadlinePhrase(ParsedQuery query)
    {
        var terms = HeadlineTerms(query);
        if (terms.Count == 0) return null;
        var phrase = new PhraseQuery();
        foreach (var (term, position) in terms) phrase.Add(new Term(Schema.Title, term), position);
        return phrase;
    }

    // The query's words as the headline field holds them, each at its position (without the joined form of a hyphenated word).
    private List<(string Term, int Position)> HeadlineTerms(ParsedQuery query)
    {
        string text = string.Join(' ', query.Clauses.Where(c => c.Kind is ClauseKind.Word or ClauseKind.Phrase && c.Occurrence != Occurrence.Prohibited)
            .Select(c => c.Text));
        return Analyze(_headlineWords, Schema.Title, text).Where(t => t.Type != HyphenatedWordFilter.JoinedType).Select(t => (t.Term, t.Position)).ToList();
    }

    // In a query of any words (a question, a long query), each part of a hyphenated word on its own, with less
    // weight than the word: "Was gehörte zum BSkyB-Sportportfolio?" is answered by "BSkyB-Portfolio ... Sport"
    // (retrieval-xquad-de nDCG@10 0.9311 -> 0.9331). Where all words must match, the word's name keys already find
    // all its parts written apart (NameVariants).
    private Query? HyphenPartsApart(List<(string Term, int Position, string Type)> terms, ArchiveTerms archive)
    {
        if (archive.Mode != MatchMode.Any || _ranking.PartsApartBoost <= 0) return null;
        var parts = terms.Where(t => t.Type != HyphenatedWordFilter.JoinedType).Select(t => t.Term).Distinct().ToList();
        return parts.Count < 2 ? null : PartsApart(parts, Occur.SHOULD, archive);
    }

    // A word of several tokens: its parts next to each other, or (for Corona-Krise) the parts written together.
    private Query HyphenatedOrPhrase(List<(string Term, int Position, string Type)> terms, bool titleOnly)
    {
        var joined = terms.Where(t => t.Type == HyphenatedWordFilter.JoinedType).ToList();
        var parts = terms.Where(t => t.Type != HyphenatedWordFilter.JoinedType).ToList();
        var q = new BooleanQuery(disableCoord: true);
        if (parts.Count > 1) q.Add(PhraseOf(parts, titleOnly), Occur.SHOULD);
        foreach (var (term, _, _) in parts.Count == 1 ? parts.Concat(joined) : joined)
        {
            q.Add(new TermQuery(new Term(Schema.Title, term)) { Boost = _ranking.TitleBoost }, Occur.SHOULD);
            if (!titleOnly) q.Add(new TermQuery(new Term(Schema.Body, term)), Occur.SHOULD);
        }
        return q;
    }

    private Query PhraseOf(IReadOnlyList<(string Term, int Position, string Type)> terms, bool titleOnly)
    {
        var q = new BooleanQuery(disableCoord: true);
        foreach (string field in titleOnly ? new[] { Schema.Title } : new[] { Schema.Title, Schema.Body })
        {
            var phrase = new PhraseQuery { Boost = field == Schema.Title ? _ranking.TitleBoost : 1f };
            foreach (var (term, position, _) in terms) phrase.Add(new Term(field, term), position);
            q.Add(phrase, Occur.SHOULD);
        }
        return q;
    }

    private Query PrefixQuery(string text, bool titleOnly, List<Query>? boosts)
    {
        // Headline and body hold stemmed terms, which can be shorter than the typed prefix (aussenminist for
        // Aussenminister*): search the folded prefix and, when it differs, its stem.
        string folded = TermNormalizer.Fold(text);
        var prefixes = new List<string> { folded };
        var stemmed = Analyze(_german, Schema.Body, text);
        if (stemmed.Count == 1 && stemmed[0].Term != folded && folded.StartsWith(stemmed[0].Term, StringComparison.Ordinal))
            prefixes.Add(stemmed[0].Term);
        var q = new BooleanQuery(disableCoord: true);
        foreach (string prefix in prefixes)
        {
            q.Add(new PrefixQuery(new Term(Schema.Title, prefix)) { Boost = _ranking.TitleBoost }, Occur.SHOULD);
            if (!titleOnly) q.Add(new PrefixQuery(new Term(Schema.Body, prefix)), Occur.SHOULD);
        }
        if (titleOnly) return q;
        boosts?.Add(new PrefixQuery(new Term(Schema.Exact, text.ToLowerInvariant())) { Boost = _ranking.ExactBoost });
        return q;
    }

    private static Query AnyOf(IEnumerable<Query> queries)
    {
        var q = new BooleanQuery(disableCoord: true);
        foreach (var member in queries) q.Add(member, Occur.SHOULD);
        return q;
    }

    // Positions relative to the first kept word, so a phrase that starts with a stop word still lines up.
    private static List<(string Term, int Position, string Type)> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = TokenDump.AnalyzeWithTypes(analyzer, field, text);
        int first = tokens.Count > 0 ? tokens[0].Token.Position : 0;
        return tokens.Select(t => (t.Token.Term, t.Token.Position - first, t.Type)).ToList();
    }

    /// <summary>
    /// What a query is built against and how: the archive's compounds and name spellings, its reader (term
    /// frequencies) if any, the match mode, and whether the query is the partial-match fallback of a short one.
    /// </summary>
    private sealed record ArchiveTerms(CompoundIndex Compounds, NameVariants Names, IndexReader? Reader, MatchMode Mode, bool Partial)
    {
        /// <summary>Whether the query gets what serves questions and long queries: one of any words, not a fallback.</summary>
        public bool Questions => Mode == MatchMode.Any && !Partial;

        /// <summary>How many words no article holds the query has been given alternatives for so far.</summary>
        public int UnknownWords { get; set; }

        /// <summary>The commit's shared look-ups, when there is a reader.</summary>
        public TermLookups? Lookups { get; } = Reader is null ? null : TermLookups.For(Reader);

        /// <summary>A term query weighing <paramref name="boost"/>, its look-up shared with the commit's other searches when there is a reader.</summary>
        public TermQuery Term(string field, string text, float boost = 1f)
        {
            var query = Lookups?.Query(new Term(field, text)) ?? new TermQuery(new Term(field, text));
            query.Boost = boost;
            return query;
        }

        /// <summary>How many articles hold the term (the reader's count; only called with a reader).</summary>
        public int DocFreq(string field, string text) => Lookups!.DocFreq(new Term(field, text));
    }
}
