using System.CommandLine;
using Depesche.Cli.Output;
using Depesche.Index;
using Depesche.Json;
using Depesche.Search;

namespace Depesche.Cli.Commands;

/// <summary><c>depesche search [options] QUERY</c>: German-aware search with facets and snippets.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit") { Description = "Hits to show", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "Hits to skip" };
        var source = new Option<string[]>("--source") { Description = "Only this source (repeatable)", AllowMultipleArgumentsPerToken = false };
        var category = new Option<string[]>("--category") { Description = "Only this category (repeatable)" };
        var from = new Option<string?>("--from") { Description = "Only articles dated on or after this day (2024-05-31)", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Only articles dated on or before this day (inclusive)", HelpName = "DATE" };
        var sort = new Option<string>("--sort") { Description = "relevance or date", DefaultValueFactory = _ => "relevance" };
        var query = new Argument<string[]>("QUERY") { Description = "What to find; empty lists the newest", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("search", "Search the archive") { data, json, limit, offset, source, category, from, to, sort, query };
        command.SetAction(parse =>
        {
            var request = new SearchRequest
            {
                Query = string.Join(' ', parse.GetValue(query) ?? []),
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
                Sources = parse.GetValue(source) ?? [],
                Categories = parse.GetValue(category) ?? [],
                From = SearchRequest.ParseDay(parse.GetValue(from), "--from"),
                To = SearchRequest.ParseDay(parse.GetValue(to), "--to"),
                Sort = SearchRequest.ParseSort(parse.GetValue(sort), "--sort"),
            };
            return Run(context, DataFolder.Resolve(parse.GetValue(data)), request, parse.GetValue(json));
        });
        return command;
    }

    public static int Run(CliContext context, string dataFolder, SearchRequest request, bool json)
    {
        request.Validate();
        using var archive = Archive.Open(dataFolder);
        var response = new ArchiveSearch(archive).Search(request);
        if (json)
        {
            JsonStyle.Write(context.Out, response);
            return Cli.Ok;
        }
        Print(context, response);
        return Cli.Ok;
    }

    private static void Print(CliContext context, SearchResponse r)
    {
        var o = context.Out;
        foreach (var note in r.Notes) o.WriteLine($"note: {note.Message}");
        if (r.DidYouMean is not null) o.WriteLine($"did you mean: {r.DidYouMean}");
        o.WriteLine($"{r.Total:N0} {(r.Total == 1 ? "article" : "articles")} ({r.TookMs:0.0} ms, sorted by {r.Sort}, {(r.Match == "all" ? "all words" : "any word")})");
        if (r.Facets is { } f && r.Total > 0)
        {
            o.WriteLine($"  sources:    {Facets(f.Source)}");
            o.WriteLine($"  categories: {Facets(f.Category)}");
        }
        int rank = r.Offset;
        foreach (var hit in r.Hits)
        {
            rank++;
            o.WriteLine();
            o.WriteLine($"{rank}. {Marks.ToText(hit.HeadlineHighlighted ?? System.Net.WebUtility.HtmlEncode(hit.Headline), context.Interactive)}");
            var meta = new[] { hit.Source, hit.Category, hit.Date.ToString("yyyy-MM-dd"), hit.Dateline, $"id {hit.Id}" };
            o.WriteLine($"   {string.Join(" · ", meta.Where(m => !string.IsNullOrEmpty(m)))}");
            o.WriteLine($"   {hit.Slug}");
            if (hit.Snippet is not null) o.WriteLine($"   {Marks.ToText(hit.Snippet, context.Interactive)}");
        }
    }

    private static string Facets(IReadOnlyList<FacetValue> values) =>
        values.Count == 0 ? "-" : string.Join(", ", values.Take(8).Select(v => $"{v.Value} {v.Count}")) + (values.Count > 8 ? ", …" : "");
}
