using System.Globalization;
using System.Text;
using Depesche.Analysis.German;
using Depesche.Index;
using Lucene.Net.Analysis;

namespace Depesche.Tests.Analysis.German;

/// <summary>
/// Golden-file token tests: <c>TestData/German/*.tsv</c> hold blocks of <c># chain: text|exact|names</c>,
/// <c>&gt; input</c> and one <c>term&lt;TAB&gt;position&lt;TAB&gt;start&lt;TAB&gt;end</c> line per expected token;
/// blocks are separated by blank lines, other <c>#</c> lines are comments.
/// </summary>
public static class GoldenTokens
{
    /// <summary>One input with the tokens its chain must produce; <paramref name="Line"/> is where its header stands.</summary>
    public sealed record Block(string File, int Line, string Chain, string Input, IReadOnlyList<AnalyzedToken> Expected);

    /// <summary>The blocks of <paramref name="file"/> as theory rows: file, header line, input (shown in the test name).</summary>
    public static TheoryData<string, int, string> Cases(string file)
    {
        var data = new TheoryData<string, int, string>();
        foreach (var block in Read(file)) data.Add(file, block.Line, block.Input);
        return data;
    }

    /// <summary>Runs the block of <paramref name="file"/> at <paramref name="line"/> and compares every token.</summary>
    public static void AssertBlock(string file, int line)
    {
        var block = Read(file).Single(b => b.Line == line);
        var actual = TokenDump.Analyze(ChainFor(block.Chain), Schema.Body, block.Input);
        string expectedText = Render(block.Expected), actualText = Render(actual);
        if (expectedText != actualText)
            Assert.Fail($"{block.File}:{block.Line}: chain '{block.Chain}' on \"{block.Input}\"\n" +
                        $"expected (term, position, start, end):\n{expectedText}\nactual:\n{actualText}");
    }

    /// <summary>Parses a golden file from the test output's TestData/German folder.</summary>
    public static IReadOnlyList<Block> Read(string file)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "German", file);
        var blocks = new List<Block>();
        string[] lines = File.ReadAllLines(path);
        int i = 0;
        while (i < lines.Length)
        {
            if (!lines[i].StartsWith("# chain:", StringComparison.Ordinal))
            {
                if (lines[i].Length > 0 && !lines[i].StartsWith('#')) throw Malformed(file, i, "expected '# chain: ...'");
                i++;
                continue;
            }
            int header = i + 1;
            string chain = lines[i]["# chain:".Length..].Trim();
            ChainFor(chain);
            i++;
            if (i >= lines.Length || !lines[i].StartsWith('>')) throw Malformed(file, i, "expected '> input' after the chain line");
            string input = lines[i].Length > 1 && lines[i][1] == ' ' ? lines[i][2..] : lines[i][1..];
            i++;
            var expected = new List<AnalyzedToken>();
            for (; i < lines.Length && lines[i].Length > 0; i++)
            {
                string[] cells = lines[i].Split('\t');
                if (cells.Length != 4) throw Malformed(file, i, "expected term<TAB>position<TAB>start<TAB>end");
                expected.Add(new AnalyzedToken(cells[0], Int(cells[1]), Int(cells[2]), Int(cells[3])));
            }
            blocks.Add(new Block(file, header, chain, input, expected));
        }
        if (blocks.Count == 0) throw Malformed(file, 0, "no blocks");
        return blocks;
    }

    private static Analyzer ChainFor(string chain) => chain switch
    {
        "text" => new GermanTextAnalyzer(),
        "exact" => new ExactAnalyzer(),
        "names" => NameKeyAnalyzer.ForDocuments(),
        _ => throw new InvalidDataException($"unknown chain '{chain}' (use text, exact or names)"),
    };

    private static string Render(IEnumerable<AnalyzedToken> tokens)
    {
        var sb = new StringBuilder();
        foreach (var t in tokens) sb.Append(CultureInfo.InvariantCulture, $"  {t.Term}\t{t.Position}\t{t.Start}\t{t.End}\n");
        return sb.Length == 0 ? "  (no tokens)\n" : sb.ToString();
    }

    private static int Int(string cell) => int.Parse(cell, NumberStyles.None, CultureInfo.InvariantCulture);

    private static InvalidDataException Malformed(string file, int index, string what) => new($"{file}:{index + 1}: {what}");
}
