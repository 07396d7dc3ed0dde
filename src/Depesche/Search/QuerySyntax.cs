using System.Text.RegularExpressions;

namespace Depesche.Search;

/// <summary>
/// Reads the query language users know (words, <c>"phrase"</c>, <c>-word</c>, <c>OR</c>, <c>title:</c>,
/// <c>source:</c>, <c>category:</c>, <c>prefix*</c>) and forgives everything else: an unknown
/// <c>field:</c> is text, stray <c>-</c>, <c>?</c>, <c>!</c> are punctuation, an unclosed quote falls back to
/// plain words. It never fails; what it forgave is reported as <see cref="QueryNote"/>s with positions.
/// </summary>
public static partial class QuerySyntax
{
    /// <summary>Queries longer than this are cut, with a note (protects the searcher from megabyte input).</summary>
    public const int MaxLength = 4000;

    /// <summary>At most this many clauses are kept, with a note.</summary>
    public const int MaxClauses = 256;

    /// <summary>
    /// At most this many prefixes (<c>word*</c>) are expanded, with a note; later ones are searched as words. Each
    /// expands to every matching term of three fields before any hit is collected, where no time limit reaches.
    /// </summary>
    public const int MaxPrefixes = 8;

    private static readonly Dictionary<string, (ClauseKind Kind, bool TitleOnly)> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = (ClauseKind.Word, true),
        ["titel"] = (ClauseKind.Word, true),
        ["source"] = (ClauseKind.Source, false),
        ["quelle"] = (ClauseKind.Source, false),
        ["category"] = (ClauseKind.Category, false),
        ["kategorie"] = (ClauseKind.Category, false),
    };

    /// <summary>Parses <paramref name="text"/>; never throws.</summary>
    public static ParsedQuery Parse(string? text)
    {
        var notes = new List<QueryNote>();
        text ??= "";
        if (text.Length > MaxLength)
        {
            notes.Add(new QueryNote("too-long", $"query is {text.Length} characters long; only the first {MaxLength} were used"));
            text = text[..MaxLength];
        }
        var state = new ParserState(text, notes);
        state.Run();
        var clauses = state.Clauses;
        if (clauses.Count > MaxClauses)
        {
            notes.Add(new QueryNote("too-many-clauses", $"query has {clauses.Count} parts; only the first {MaxClauses} were used"));
            clauses = clauses.Take(MaxClauses).ToList();
        }
        if (clauses.Where(c => c.Kind == ClauseKind.Prefix).Skip(MaxPrefixes).FirstOrDefault() is { } tooMany)
        {
            notes.Add(new QueryNote("too-many-prefixes",
                $"only the first {MaxPrefixes} prefixes (word*) were expanded; from position {tooMany.Position} on they were searched as words"));
            int seen = 0;
            clauses = clauses.Select(c => c.Kind == ClauseKind.Prefix && ++seen > MaxPrefixes ? c with { Kind = ClauseKind.Word } : c).ToList();
        }
        return new ParsedQuery(clauses, notes);
    }

    [GeneratedRegex(@"\G([\p{L}_]+):")]
    private static partial Regex FieldPrefix();

    private sealed class ParserState(string text, List<QueryNote> notes)
    {
        private int _i;
        private int _group;
        private bool _orPending;
        private int _orPosition;
        private bool _notPending;

        public List<QueryClause> Clauses { get; } = [];

        public void Run()
        {
            while (true)
            {
                while (_i < text.Length && char.IsWhiteSpace(text[_i])) _i++;
                if (_i >= text.Length) break;
                ReadClause();
            }
            if (_orPending) notes.Add(new QueryNote("syntax", $"OR at position {_orPosition} has nothing after it and was ignored"));
        }

        private void ReadClause()
        {
            int start = _i;
            var occurrence = _notPending ? Occurrence.Prohibited : Occurrence.Default;
            _notPending = false;
            // A sign is an operator only at the start of a word: after a closing quote ("Rafale"-Jets) it is a hyphen.
            bool wordStart = _i == 0 || char.IsWhiteSpace(text[_i - 1]);
            if (wordStart && text[_i] is '-' or '+' && _i + 1 < text.Length && !char.IsWhiteSpace(text[_i + 1]) && text[_i + 1] is not ('-' or '+'))
            {
                occurrence = text[_i] == '-' ? Occurrence.Prohibited : Occurrence.Required;
                _i++;
            }

            var kind = ClauseKind.Word;
            bool titleOnly = false;
            var field = FieldPrefix().Match(text, _i);
            if (field.Success)
            {
                string name = field.Groups[1].Value;
                int after = _i + field.Length;
                bool hasValue = after < text.Length && !char.IsWhiteSpace(text[after]);
                if (Fields.TryGetValue(name, out var spec) && hasValue)
                {
                    (kind, titleOnly) = spec;
                    _i = after;
                }
                else if (Fields.ContainsKey(name))
                {
                    notes.Add(new QueryNote("syntax", $"'{name}:' at position {_i} has no value and was read as a word"));
                }
                else if (hasValue && text[after] != '"')
                {
                    // An unknown field is text: 'Koalitionsausschuss:Einigung' is two words, as with a space.
                    Add(ClauseKind.Word, name, occurrence, false, start);
                    _i = after;
                    return;
                }
            }

            if (_i < text.Length && text[_i] == '"')
            {
                int close = text.IndexOf('"', _i + 1);
                if (close < 0 && occurrence != Occurrence.Prohibited)
                {
                    notes.Add(new QueryNote("syntax", $"the quote at position {_i} is never closed; its words were searched without the quotes"));
                    _i++;
                    return;
                }
                if (close < 0)
                {
                    // An exclusion must not turn into wanted words: the unclosed phrase runs to the end and stays excluded.
                    notes.Add(new QueryNote("syntax", $"the quote at position {_i} is never closed; the phrase was read to the end of the query"));
                    close = text.Length;
                }
                string phrase = text[(_i + 1)..close];
                _i = Math.Min(close + 1, text.Length);
                if (!phrase.Any(char.IsLetterOrDigit)) return; // quotes around punctuation or nothing
                if (kind == ClauseKind.Word) kind = ClauseKind.Phrase;
                Add(kind, phrase, occurrence, titleOnly, start);
                return;
            }

            int end = _i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"') end++;
            string token = text[_i..end];
            _i = end;

            if (occurrence == Occurrence.Default && kind == ClauseKind.Word && !titleOnly)
            {
                switch (token)
                {
                    case "OR":
                        if (Clauses.Count == 0) notes.Add(new QueryNote("syntax", $"OR at position {start} has nothing before it and was ignored"));
                        else { _orPending = true; _orPosition = start; }
                        return;
                    case "AND":
                        return;
                    case "NOT":
                        _notPending = true;
                        return;
                }
            }

            if (kind == ClauseKind.Word && token.EndsWith('*'))
            {
                string stem = token.TrimEnd('*');
                if (stem.Count(char.IsLetterOrDigit) >= 2 && stem.All(c => char.IsLetterOrDigit(c) || c is '-' or '.'))
                {
                    Add(ClauseKind.Prefix, stem, occurrence, titleOnly, start);
                    return;
                }
                if (stem.Any(char.IsLetterOrDigit))
                    notes.Add(new QueryNote("syntax", $"'{token}' at position {start}: a prefix needs at least two letters; searched as a word"));
            }

            if (!token.Any(char.IsLetterOrDigit)) return; // punctuation: a lone '-', '?', '!'
            Add(kind, token, occurrence, titleOnly, start);
        }

        private void Add(ClauseKind kind, string value, Occurrence occurrence, bool titleOnly, int position)
        {
            bool joinsOr = _orPending && Clauses.Count > 0;
            _orPending = false;
            int group = joinsOr ? Clauses[^1].Group : ++_group;
            Clauses.Add(new QueryClause
            {
                Kind = kind, Text = value, Occurrence = occurrence, TitleOnly = titleOnly, Position = position, Group = group,
            });
        }
    }
}
