using Depesche.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Depesche.Search;

/// <summary>Snippets and highlighted headlines: HTML-escaped text with the matched words in <c>&lt;mark&gt;</c>.</summary>
internal sealed class Snippets
{
    private const int FragmentChars = 180;
    private readonly Analyzer _analyzer;
    private readonly Highlighter _body;
    private readonly Highlighter _title;
    private readonly Highlighter _whole;

    public Snippets(Query query, IndexReader reader, Analyzer analyzer)
    {
        _analyzer = analyzer;
        var formatter = new SimpleHTMLFormatter("<mark>", "</mark>");
        var encoder = new MinimalHtmlEncoder();
        var bodyScorer = new SharedTermWeights(FieldQuery.Only(query, Schema.Body) ?? new BooleanQuery(), reader, Schema.Body);
        _body = new Highlighter(formatter, encoder, bodyScorer) { TextFragmenter = new SimpleSpanFragmenter(bodyScorer, FragmentChars) };
        var titleScorer = new SharedTermWeights(FieldQuery.Only(query, Schema.Title) ?? new BooleanQuery(), reader, Schema.Title);
        _title = new Highlighter(formatter, encoder, titleScorer) { TextFragmenter = new NullFragmenter() };
        _whole = new Highlighter(formatter, encoder, bodyScorer) { TextFragmenter = new NullFragmenter(), MaxDocCharsToAnalyze = int.MaxValue };
    }

    /// <summary>The best passage of <paramref name="body"/>, or its opening when no word matched there.</summary>
    public string Body(string body)
    {
        string? best = Best(_body, Schema.Body, body, 2, " … ");
        return !string.IsNullOrEmpty(best) ? best.Replace('\n', ' ').Trim() : Opening(body);
    }

    /// <summary>The opening of <paramref name="body"/>, HTML-escaped, as long as a snippet.</summary>
    public static string Opening(string body)
    {
        string opening = body.Length <= FragmentChars ? body : body[..FragmentChars] + " …";
        return MinimalHtmlEncoder.Escape(opening.Replace('\n', ' '));
    }

    /// <summary>All of <paramref name="text"/> (a paragraph of the body) with its matched words marked.</summary>
    public string Whole(string text) => Best(_whole, Schema.Body, text, 1, "") is { Length: > 0 } marked ? marked : MinimalHtmlEncoder.Escape(text);

    /// <summary>The headline with its matched words marked.</summary>
    public string Title(string title) => Best(_title, Schema.Title, title, 1, "") is { Length: > 0 } marked ? marked : MinimalHtmlEncoder.Escape(title);

    private string? Best(Highlighter highlighter, string field, string text, int fragments, string separator)
    {
        using var tokens = _analyzer.GetTokenStream(field, text);
        return highlighter.GetBestFragments(tokens, text, fragments, separator);
    }
}
