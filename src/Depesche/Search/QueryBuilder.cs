using Depesche.Analysis.German;
using Depesche.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
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
    private readonly Analyzer _names = NameKeyAnalyzer.ForQueries();
    private readonly Ranking _ranking;

    public QueryBuilder(StemmerKind stemmer, Ranking ranking)
    {
        _german = new GermanTextAnalyzer(stemmer);
        _ranking = ranking;
    }

    /// <summary>How many groups of words (OR-joined words count once) could score: decides the match mode.</summary>
    public static int ScoringGroups(ParsedQuery query) => query.Clauses
        .Where(c => c.Occurrence != Occurrence.Prohibited && c.Kind is ClauseKind.Word or ClauseKind.Phrase or ClauseKind.Prefix)
        .Select(c => c.Group).Distinct().Count();

    /// <summary>The Lucene query for <paramref name="query"/> in <paramref name="mode"/>, plus the filters in <paramref name="filters"/>.</summary>
    public BuiltQuery Build(ParsedQuery query, MatchMode mode, IReadOnlyList<Query> filters)
    {
        var notes = new List<QueryNote>();
        var result = new BooleanQuery(disableCoord: true);
        int scoring = 0;
        bool required = false;
        foreach (var group in query.Clauses.GroupBy(c => c.Group))
        {
            var members = new List<(QueryClause Clause, Query Query)>();
            foreach (var clause in group)
            {
                var q = ClauseQuery(clause);
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
        }
        foreach (var filter in filters)
        {
            result.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
            required = true;
        }
        int optional = result.Clauses.Count(c => c.Occur == Occur.SHOULD);
        if (optional > 0)
            result.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Floor(optional * _ranking.AnyMinimumShare));
        else if (!required)
            result.Add(new MatchAllDocsQuery(), Occur.MUST);
        return new BuiltQuery(result, scoring, notes);
    }

    /// <summary>A filter for any of <paramref name="values"/> in a keyword field.</summary>
    public static Query KeywordFilter(string field, IEnumerable<string> values) =>
        AnyOf(values.Select(v => (Query)new TermQuery(new Term(field, v.Trim().ToLowerInvariant()))));

    private Query? ClauseQuery(QueryClause clause) => clause.Kind switch
    {
        ClauseKind.Word => WordQuery(clause.Text, clause.TitleOnly),
        ClauseKind.Phrase => PhraseQuery(clause.Text, clause.TitleOnly),
        ClauseKind.Prefix => PrefixQuery(clause.Text, clause.TitleOnly),
        ClauseKind.Source => new ConstantScoreQuery(new TermQuery(new Term(Schema.Source, clause.Text.ToLowerInvariant()))) { Boost = 0 },
        ClauseKind.Category => new ConstantScoreQuery(new TermQuery(new Term(Schema.Category, clause.Text.ToLowerInvariant()))) { Boost = 0 },
        _ => null,
    };

    private Query? WordQuery(string text, bool titleOnly)
    {
        var terms = Analyze(_german, Schema.Body, text);
        if (terms.Count == 0) return null;
        if (terms.Count > 1)
        {
            // A word the tokenizer splits (al-Assad, Kara-Mursa): the phrase, or all its name keys (el-Assad).
            var phrase = PhraseOf(terms, titleOnly);
            if (titleOnly || NameVariants(text) is not { } variants) return phrase;
            return new BooleanQuery(disableCoord: true) { { phrase, Occur.SHOULD }, { variants, Occur.SHOULD } };
        }
        var q = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(Schema.Title, terms[0].Term)) { Boost = _ranking.TitleBoost }, Occur.SHOULD },
        };
        if (titleOnly) return q;
        q.Add(new TermQuery(new Term(Schema.Body, terms[0].Term)), Occur.SHOULD);
        var exact = Analyze(_exact, Schema.Exact, text);
        if (exact.Count == 1) q.Add(new TermQuery(new Term(Schema.Exact, exact[0].Term)) { Boost = _ranking.ExactBoost }, Occur.SHOULD);
        if (NameVariants(text) is { } names) q.Add(names, Occur.SHOULD);
        return q;
    }

    /// <summary>
    /// The name keys of <paramref name="text"/> in the names field (all of them when it has several), or null
    /// when it has none or name variants are off. The names field covers headline and body, so title-only words
    /// and phrases do without it.
    /// </summary>
    private Query? NameVariants(string text)
    {
        if (_ranking.NameVariantBoost <= 0) return null;
        var keys = Analyze(_names, Schema.Names, text);
        if (keys.Count == 0) return null;
        if (keys.Count == 1) return new TermQuery(new Term(Schema.Names, keys[0].Term)) { Boost = _ranking.NameVariantBoost };
        var all = new BooleanQuery(disableCoord: true) { Boost = _ranking.NameVariantBoost };
        foreach (var (key, _) in keys) all.Add(new TermQuery(new Term(Schema.Names, key)), Occur.MUST);
        return all;
    }

    private Query? PhraseQuery(string text, bool titleOnly)
    {
        var terms = Analyze(_german, Schema.Body, text);
        if (terms.Count == 0) return null;
        return terms.Count == 1 ? WordQuery(text, titleOnly) : PhraseOf(terms, titleOnly);
    }

    private Query PhraseOf(IReadOnlyList<(string Term, int Position)> terms, bool titleOnly)
    {
        var q = new BooleanQuery(disableCoord: true);
        foreach (string field in titleOnly ? new[] { Schema.Title } : new[] { Schema.Title, Schema.Body })
        {
            var phrase = new PhraseQuery { Boost = field == Schema.Title ? _ranking.TitleBoost : 1f };
            foreach (var (term, position) in terms) phrase.Add(new Term(field, term), position);
            q.Add(phrase, Occur.SHOULD);
        }
        return q;
    }

    private Query PrefixQuery(string text, bool titleOnly)
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
        q.Add(new PrefixQuery(new Term(Schema.Exact, text.ToLowerInvariant())) { Boost = _ranking.ExactBoost }, Occur.SHOULD);
        return q;
    }

    private static Query AnyOf(IEnumerable<Query> queries)
    {
        var q = new BooleanQuery(disableCoord: true);
        foreach (var member in queries) q.Add(member, Occur.SHOULD);
        return q;
    }

    private static List<(string Term, int Position)> Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var ts = analyzer.GetTokenStream(field, text);
        var term = ts.AddAttribute<ICharTermAttribute>();
        var increment = ts.AddAttribute<IPositionIncrementAttribute>();
        ts.Reset();
        int position = -1;
        while (ts.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        ts.End();
        // Positions relative to the first kept word, so a phrase that starts with a stop word still lines up.
        if (terms.Count > 0)
        {
            int first = terms[0].Item2;
            for (int k = 0; k < terms.Count; k++) terms[k] = (terms[k].Item1, terms[k].Item2 - first);
        }
        return terms;
    }
}
