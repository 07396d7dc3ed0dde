using System.CommandLine;
using Depesche.Analysis.German;
using Depesche.Json;
using Depesche.Search;

namespace Depesche.Cli.Commands;

/// <summary><c>depesche analyze [--query] TEXT</c>: the tokens of a text (or how a query is read), so anyone can see why a document matched.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var json = CommonOptions.Json();
        var query = new Option<bool>("--query") { Description = "Read TEXT as a search query: clauses, match mode and the Lucene query" };
        var text = new Argument<string[]>("TEXT") { Description = "The text to analyse", Arity = ArgumentArity.OneOrMore };
        var command = new Command("analyze", "Show the tokens the German chain makes of a text, step by step") { data, json, query, text };
        command.SetAction(parse => Run(context, string.Join(' ', parse.GetValue(text)!), parse.GetValue(query), parse.GetValue(json)));
        return command;
    }

    public static int Run(CliContext context, string text, bool asQuery, bool json)
    {
        var tokens = ChainTrace.Trace(text);
        var exact = TokenDump.Analyze(new ExactAnalyzer(), "exact", text);
        var explanation = asQuery ? QueryExplanation.Of(text) : null;
        if (json)
        {
            JsonStyle.Write(context.Out, new { Text = text, Tokens = tokens, Exact = exact, Query = explanation });
            return Cli.Ok;
        }
        var o = context.Out;
        o.WriteLine($"{"term",-22} {"pos",4} {"offsets",9}  {"text",-22} steps");
        foreach (var t in tokens)
        {
            string slice = text[t.Start..t.End];
            string position = t.Position >= 0 ? t.Position.ToString() : "-";
            o.WriteLine($"{(t.Term.Length == 0 ? "(dropped)" : t.Term),-22} {position,4} {t.Start + "-" + t.End,9}  {slice,-22} {string.Join("; ", t.Steps)}");
        }
        o.WriteLine();
        o.WriteLine($"exact field: {string.Join(' ', exact.Select(e => e.Term))}");
        if (explanation is not null)
        {
            o.WriteLine();
            o.WriteLine($"match: {explanation.Match} words");
            foreach (var c in explanation.Clauses)
                o.WriteLine($"clause at {c.Position}: {c.Kind.ToString().ToLowerInvariant()} '{c.Text}'{(c.Occurrence == Occurrence.Default ? "" : " " + c.Occurrence.ToString().ToLowerInvariant())}{(c.TitleOnly ? " (title)" : "")} group {c.Group}");
            foreach (var n in explanation.Notes) o.WriteLine($"note: {n.Message}");
            o.WriteLine($"lucene: {explanation.LuceneQuery}");
        }
        return Cli.Ok;
    }
}
