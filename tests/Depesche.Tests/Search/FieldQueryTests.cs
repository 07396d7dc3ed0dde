using Depesche.Index;
using Depesche.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Depesche.Tests.Search;

/// <summary>The part of a query a highlighter of one field needs: that field's clauses, never exclusions or filters.</summary>
public sealed class FieldQueryTests
{
    [Fact]
    public void Only_the_fields_terms_and_phrases_stay_with_their_occurrence()
    {
        var bodyPhrase = Phrase(Schema.Body, "li", "shangfu");
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(Schema.Body, "minsk")), Occur.MUST },
            { new TermQuery(new Term(Schema.Title, "minsk")), Occur.SHOULD },
            { Phrase(Schema.Title, "chinas", "verteidigungsminister"), Occur.SHOULD },
            { bodyPhrase, Occur.SHOULD },
            { new PrefixQuery(new Term(Schema.Body, "verteid")), Occur.SHOULD },
            { new TermQuery(new Term(Schema.Body, "sport")), Occur.MUST_NOT },
            { new ConstantScoreQuery(new TermQuery(new Term(Schema.Source, "dpa"))), Occur.MUST },
        };

        var body = Assert.IsType<BooleanQuery>(FieldQuery.Only(query, Schema.Body));
        Assert.Equal(["+body:minsk", "body:\"li shangfu\"", "body:verteid*"], body.Clauses.Select(c => c.ToString()).ToArray());
        var title = Assert.IsType<BooleanQuery>(FieldQuery.Only(query, Schema.Title));
        Assert.Equal(["title:minsk", "title:\"chinas verteidigungsminister\""], title.Clauses.Select(c => c.ToString()).ToArray());
    }

    [Fact]
    public void A_query_without_the_field_leaves_nothing()
    {
        var query = new BooleanQuery { { new TermQuery(new Term(Schema.Title, "minsk")), Occur.MUST }, { new MatchAllDocsQuery(), Occur.MUST } };
        Assert.Null(FieldQuery.Only(query, Schema.Body));
    }

    private static PhraseQuery Phrase(string field, params string[] words)
    {
        var phrase = new PhraseQuery();
        foreach (string word in words) phrase.Add(new Term(field, word));
        return phrase;
    }
}
