using System.Text;
using Depesche.Search;
using Depesche.Tests.TestSupport;
using static Depesche.Tests.TestSupport.TestArchive;

namespace Depesche.Tests.Search;

public sealed class QuerySyntaxTests
{
    private static QueryClause C(ClauseKind kind, string text, int position, int group,
        Occurrence occurrence = Occurrence.Default, bool titleOnly = false) => new()
    {
        Kind = kind, Text = text, Position = position, Group = group, Occurrence = occurrence, TitleOnly = titleOnly,
    };

    private static void AssertParses(string query, params QueryClause[] expected)
    {
        var parsed = QuerySyntax.Parse(query);
        Assert.Equal(expected, parsed.Clauses);
        Assert.Empty(parsed.Notes);
    }

    private static QueryNote SingleNote(ParsedQuery parsed, string code) => Assert.Single(parsed.Notes, n => n.Code == code);

    [Fact]
    public void Words_are_clauses_of_their_own_with_their_positions()
    {
        AssertParses("Weißrussland  Minsk Wahl",
            C(ClauseKind.Word, "Weißrussland", 0, 1), C(ClauseKind.Word, "Minsk", 14, 2), C(ClauseKind.Word, "Wahl", 20, 3));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n ")]
    public void An_empty_box_asks_for_nothing(string? query)
    {
        var parsed = QuerySyntax.Parse(query);
        Assert.True(parsed.IsEmpty);
        Assert.Empty(parsed.Notes);
    }

    [Fact]
    public void A_quoted_phrase_is_one_clause()
    {
        AssertParses("Verteidigungsminister \"Li Shangfu\" Minsk",
            C(ClauseKind.Word, "Verteidigungsminister", 0, 1), C(ClauseKind.Phrase, "Li Shangfu", 22, 2), C(ClauseKind.Word, "Minsk", 35, 3));
    }

    [Fact]
    public void Minus_excludes_and_plus_requires_and_the_position_is_the_operators()
    {
        AssertParses("Minsk -Lukaschenko +Wahl -\"Li Shangfu\"",
            C(ClauseKind.Word, "Minsk", 0, 1),
            C(ClauseKind.Word, "Lukaschenko", 6, 2, Occurrence.Prohibited),
            C(ClauseKind.Word, "Wahl", 19, 3, Occurrence.Required),
            C(ClauseKind.Phrase, "Li Shangfu", 25, 4, Occurrence.Prohibited));
    }

    [Fact]
    public void Clauses_joined_by_or_share_a_group()
    {
        AssertParses("Minsk OR Kiew OR \"Li Shangfu\" Wahl",
            C(ClauseKind.Word, "Minsk", 0, 1), C(ClauseKind.Word, "Kiew", 9, 1), C(ClauseKind.Phrase, "Li Shangfu", 17, 1),
            C(ClauseKind.Word, "Wahl", 30, 2));
    }

    [Fact]
    public void Or_is_an_operator_only_in_capitals()
    {
        AssertParses("Minsk or Kiew", C(ClauseKind.Word, "Minsk", 0, 1), C(ClauseKind.Word, "or", 6, 2), C(ClauseKind.Word, "Kiew", 9, 3));
    }

    [Fact]
    public void Not_excludes_the_next_clause_and_and_is_ignored()
    {
        AssertParses("Wahl AND Minsk NOT Lukaschenko Kiew",
            C(ClauseKind.Word, "Wahl", 0, 1), C(ClauseKind.Word, "Minsk", 9, 2),
            C(ClauseKind.Word, "Lukaschenko", 19, 3, Occurrence.Prohibited), C(ClauseKind.Word, "Kiew", 31, 4));
    }

    [Theory]
    [InlineData("title", ClauseKind.Word, true)]
    [InlineData("titel", ClauseKind.Word, true)]
    [InlineData("TITEL", ClauseKind.Word, true)]
    [InlineData("source", ClauseKind.Source, false)]
    [InlineData("quelle", ClauseKind.Source, false)]
    [InlineData("category", ClauseKind.Category, false)]
    [InlineData("kategorie", ClauseKind.Category, false)]
    [InlineData("Kategorie", ClauseKind.Category, false)]
    public void Known_fields_and_their_german_names_set_kind_or_headline_only(string field, ClauseKind kind, bool titleOnly)
    {
        AssertParses($"Minsk {field}:wert", C(ClauseKind.Word, "Minsk", 0, 1), C(kind, "wert", 6, 2, titleOnly: titleOnly));
    }

    [Fact]
    public void Fields_take_quoted_values_and_operators()
    {
        AssertParses("title:\"Li Shangfu\" -source:dpa +kategorie:\"Aus aller Welt\"",
            C(ClauseKind.Phrase, "Li Shangfu", 0, 1, titleOnly: true),
            C(ClauseKind.Source, "dpa", 19, 2, Occurrence.Prohibited),
            C(ClauseKind.Category, "Aus aller Welt", 31, 3, Occurrence.Required));
    }

    [Fact]
    public void An_unknown_field_is_text_without_a_note()
    {
        AssertParses("Koalitionsausschuss: Einigung",
            C(ClauseKind.Word, "Koalitionsausschuss:", 0, 1), C(ClauseKind.Word, "Einigung", 21, 2));
    }

    [Fact]
    public void A_known_field_without_a_value_is_read_as_a_word_with_a_note()
    {
        var parsed = QuerySyntax.Parse("Minsk title: Weißrussland");
        Assert.Equal([C(ClauseKind.Word, "Minsk", 0, 1), C(ClauseKind.Word, "title:", 6, 2), C(ClauseKind.Word, "Weißrussland", 13, 3)],
            parsed.Clauses);
        Assert.Contains("position 6", SingleNote(parsed, "syntax").Message);
    }

    [Fact]
    public void Stray_minus_question_and_exclamation_marks_are_ignored()
    {
        AssertParses("Minsk - Wahl ? ! -- ?! +", C(ClauseKind.Word, "Minsk", 0, 1), C(ClauseKind.Word, "Wahl", 8, 2));
    }

    [Fact]
    public void A_question_mark_at_the_end_of_a_word_does_not_make_a_prefix()
    {
        AssertParses("Wer regiert Weißrussland?",
            C(ClauseKind.Word, "Wer", 0, 1), C(ClauseKind.Word, "regiert", 4, 2), C(ClauseKind.Word, "Weißrussland?", 12, 3));
    }

    [Fact]
    public void A_star_after_two_or_more_letters_makes_a_prefix()
    {
        AssertParses("Weißr* -Luka* title:Verteidigungsmin** E-Ma*",
            C(ClauseKind.Prefix, "Weißr", 0, 1),
            C(ClauseKind.Prefix, "Luka", 7, 2, Occurrence.Prohibited),
            C(ClauseKind.Prefix, "Verteidigungsmin", 14, 3, titleOnly: true),
            C(ClauseKind.Prefix, "E-Ma", 39, 4));
    }

    [Fact]
    public void A_lone_star_is_ignored()
    {
        AssertParses("* Minsk **", C(ClauseKind.Word, "Minsk", 2, 1));
    }

    [Fact]
    public void A_star_after_one_letter_is_a_word_with_a_note()
    {
        var parsed = QuerySyntax.Parse("Minsk a*");
        Assert.Equal([C(ClauseKind.Word, "Minsk", 0, 1), C(ClauseKind.Word, "a*", 6, 2)], parsed.Clauses);
        var note = SingleNote(parsed, "syntax");
        Assert.Contains("'a*'", note.Message);
        Assert.Contains("position 6", note.Message);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_with_its_position_and_its_words_still_searched()
    {
        var parsed = QuerySyntax.Parse("Minsk \"Li Shangfu");
        Assert.Equal([C(ClauseKind.Word, "Minsk", 0, 1), C(ClauseKind.Word, "Li", 7, 2), C(ClauseKind.Word, "Shangfu", 10, 3)],
            parsed.Clauses);
        Assert.Contains("position 6", SingleNote(parsed, "syntax").Message);
    }

    [Fact]
    public void An_unclosed_quote_keeps_its_exclusion()
    {
        foreach (string query in new[] { "Minsk -\"Li Shangfu", "Minsk NOT \"Li Shangfu" })
        {
            var parsed = QuerySyntax.Parse(query);
            Assert.Single(parsed.Notes, n => n.Code == "syntax");
            Assert.Equal(["Minsk"], parsed.Clauses.Where(c => c.Occurrence != Occurrence.Prohibited).Select(c => c.Text));
        }
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    [InlineData("Minsk \"?!\"")]
    public void Quotes_around_nothing_are_ignored(string query)
    {
        Assert.DoesNotContain(QuerySyntax.Parse(query).Clauses, c => !c.Text.Any(char.IsLetterOrDigit));
    }

    [Fact]
    public void An_unknown_field_without_a_space_finds_the_same_articles_as_with_one()
    {
        using var archive = new TestArchive([Draft("Koalitionsausschuss: Einigung bei der Rente", "Die Koalition einigte sich am Abend.")]);
        Assert.Single(archive.Find("Koalitionsausschuss: Einigung").Hits);
        Assert.Single(archive.Find("Koalitionsausschuss:Einigung").Hits);
    }

    [Fact]
    public void A_dangling_or_is_ignored_with_a_note()
    {
        var parsed = QuerySyntax.Parse("Minsk OR");
        Assert.Equal([C(ClauseKind.Word, "Minsk", 0, 1)], parsed.Clauses);
        Assert.Contains("position 6", SingleNote(parsed, "syntax").Message);

        parsed = QuerySyntax.Parse("OR Minsk");
        Assert.Equal([C(ClauseKind.Word, "Minsk", 3, 1)], parsed.Clauses);
        Assert.Contains("position 0", SingleNote(parsed, "syntax").Message);
    }

    [Fact]
    public void A_query_longer_than_the_limit_is_cut_with_a_note()
    {
        string query = "Minsk " + new string('x', QuerySyntax.MaxLength);
        var parsed = QuerySyntax.Parse(query);
        Assert.Equal(2, parsed.Clauses.Count);
        Assert.Equal(QuerySyntax.MaxLength - 6, parsed.Clauses[1].Text.Length);
        Assert.Contains(query.Length.ToString(), SingleNote(parsed, "too-long").Message);
    }

    [Fact]
    public void At_most_max_clauses_are_kept_with_a_note()
    {
        string query = string.Join(' ', Enumerable.Range(0, QuerySyntax.MaxClauses + 44).Select(i => $"w{i}"));
        var parsed = QuerySyntax.Parse(query);
        Assert.Equal(QuerySyntax.MaxClauses, parsed.Clauses.Count);
        Assert.Equal($"w{QuerySyntax.MaxClauses - 1}", parsed.Clauses[^1].Text);
        Assert.Contains($"{QuerySyntax.MaxClauses + 44}", SingleNote(parsed, "too-many-clauses").Message);
        Assert.DoesNotContain(parsed.Notes, n => n.Code == "too-long");
    }

    [Fact]
    public void Never_throws_on_random_input_and_keeps_clauses_in_typed_order()
    {
        const string alphabet = "\"\"\"::+-*?!()[]{}~^\\/    abcdefgxyzABCXYZäöüßÄÖÜẞé0123456789\t\n\0\u0001\u001f\u00A0\uD83D\uDE00";
        string[] words = ["OR", "AND", "NOT", "title:", "titel:", "source:", "quelle:", "category:", "kategorie:", "foo:", "-", "+", "\"", "*"];
        var random = new Random(4711);
        for (int n = 0; n < 2000; n++)
        {
            var sb = new StringBuilder();
            int length = n % 100 == 0 ? random.Next(3000, 6000) : random.Next(0, 60);
            while (sb.Length < length)
                sb.Append(random.Next(6) == 0 ? words[random.Next(words.Length)] + " " : alphabet[random.Next(alphabet.Length)].ToString());
            string query = sb.ToString();

            var parsed = RandomText.CallWithoutException(query, QuerySyntax.Parse);

            Assert.True(parsed.Clauses.Count <= QuerySyntax.MaxClauses);
            int last = -1;
            foreach (var clause in parsed.Clauses)
            {
                if (clause.Position <= last || clause.Position >= query.Length)
                    Assert.Fail($"position {clause.Position} after {last} in {RandomText.Show(query)}");
                if (query.IndexOf(clause.Text, clause.Position, StringComparison.Ordinal) < 0)
                    Assert.Fail($"clause text '{clause.Text}' is not in {RandomText.Show(query)} after {clause.Position}");
                last = clause.Position;
            }
        }
    }

    [Fact]
    public void A_hyphen_after_a_closing_quote_is_part_of_the_headline_not_an_exclusion()
    {
        var parsed = QuerySyntax.Parse("Ukraine will 100 \"Rafale\"-Jets kaufen");
        Assert.DoesNotContain(parsed.Clauses, c => c.Occurrence == Occurrence.Prohibited);
        Assert.Contains(parsed.Clauses, c => c.Text.Contains("Jets", StringComparison.Ordinal));
    }

    [Fact]
    public void Prefixes_past_the_limit_are_searched_as_words_with_a_note()
    {
        string query = string.Join(' ', Enumerable.Range(0, QuerySyntax.MaxPrefixes + 3).Select(i => $"wort{i}*"));

        var parsed = QuerySyntax.Parse(query);

        Assert.Equal(QuerySyntax.MaxPrefixes, parsed.Clauses.Count(c => c.Kind == ClauseKind.Prefix));
        Assert.Equal($"wort{QuerySyntax.MaxPrefixes}", parsed.Clauses[QuerySyntax.MaxPrefixes] is { Kind: ClauseKind.Word } w ? w.Text : null);
        Assert.Contains("searched as words", SingleNote(parsed, "too-many-prefixes").Message);
    }
}
