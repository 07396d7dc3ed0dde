using System.CommandLine;
using Depesche.Index;
using Depesche.Json;
using Depesche.Search;

namespace Depesche.Cli.Commands;

/// <summary><c>depesche show ID|SLUG</c>: one article; for a slug the newest version, with the others listed.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var key = new Argument<string>("ID|SLUG") { Description = "An article id or slug" };
        var command = new Command("show", "Show one article") { data, json, key };
        command.SetAction(parse => Run(context, DataFolder.Resolve(parse.GetValue(data)), parse.GetValue(key)!, parse.GetValue(json)));
        return command;
    }

    public static int Run(CliContext context, string dataFolder, string key, bool json)
    {
        using var archive = Archive.Open(dataFolder);
        var found = ArticleVersions.Find(archive, key)
            ?? throw new DepescheException(FailureKind.NotFound, $"no article with id or slug '{key}'");
        if (json)
        {
            JsonStyle.Write(context.Out, ShownArticleJson.From(found));
            return Cli.Ok;
        }
        var (article, others) = found;
        var o = context.Out;
        o.WriteLine(article.Headline);
        o.WriteLine(new string('=', Math.Min(article.Headline.Length, 80)));
        var meta = new[] { article.Source, article.Category, article.Date.ToString("yyyy-MM-dd"), article.Dateline, article.Url };
        o.WriteLine(string.Join(" · ", meta.Where(m => !string.IsNullOrEmpty(m))));
        o.WriteLine($"id {article.Id} · slug {article.Slug}");
        foreach (var paragraph in article.Paragraphs)
        {
            o.WriteLine();
            o.WriteLine(paragraph);
        }
        if (others.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Other versions:");
            foreach (var v in others) o.WriteLine($"  {v.Date:yyyy-MM-dd HH:mm} · id {v.Id} · ingested {v.IngestedAt:yyyy-MM-dd HH:mm}");
        }
        return Cli.Ok;
    }
}
