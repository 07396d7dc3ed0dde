using System.CommandLine;
using Depesche.Analysis.German.Compounds;
using Depesche.Index;

namespace Depesche.Cli.Commands;

/// <summary>
/// <c>depesche split [--data DIR] [--words FILE] [--file F] WORD...</c>: compound splits learned from the
/// archive's vocabulary, one <c>word&lt;TAB&gt;modifier|head</c> line per word (the word alone when it is not a compound).
/// </summary>
internal static class SplitCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var words = new Option<string?>("--words")
        {
            Description = "A word list (one word a line) that the splitter trusts besides the archive's vocabulary",
            HelpName = "FILE",
        };
        var file = new Option<string?>("--file") { Description = "Split the words of this file, one a line", HelpName = "F" };
        var input = new Argument<string[]>("WORD") { Description = "Words to split", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("split", "Split German compounds into modifier and head") { data, words, file, input };
        command.SetAction(parse => Run(context, DataFolder.Resolve(parse.GetValue(data)), parse.GetValue(words),
            parse.GetValue(file), parse.GetValue(input) ?? []));
        return command;
    }

    public static int Run(CliContext context, string dataFolder, string? wordList, string? file, IReadOnlyList<string> words)
    {
        if (file is null && words.Count == 0) throw new DepescheException(FailureKind.Usage, "split needs words or --file F");
        if (file is not null && !File.Exists(file)) throw new DepescheException(FailureKind.Usage, $"{file}: no such file");
        Vocabulary vocabulary;
        using (var archive = Archive.Open(dataFolder)) vocabulary = Vocabulary.FromArchive(archive);
        if (wordList is not null) vocabulary = vocabulary.WithWordList(wordList);
        var splitter = new CompoundSplitter(vocabulary);
        var all = file is null ? words : words.Concat(File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0));
        foreach (string word in all)
        {
            var split = splitter.Split(word);
            context.Out.WriteLine(split is null ? word : $"{word}\t{split}");
        }
        return Cli.Ok;
    }
}
