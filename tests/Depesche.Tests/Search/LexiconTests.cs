using Depesche.Analysis.German;
using Depesche.Search;
using Depesche.Tests.TestSupport;
using Lucene.Net.Index;

namespace Depesche.Tests.Search;

/// <summary>
/// A commit's lexicon is worked out once and cached in the data folder: a later process reads the same compounds and
/// name spellings back, and a new commit is worked out anew.
/// </summary>
public sealed class LexiconTests
{
    [Fact]
    public void The_cached_lexicon_reads_back_as_it_was_built_and_a_new_commit_gets_its_own()
    {
        using var archive = new TestArchive(
        [
            TestArchive.Draft("Lukaschenko trifft Verteidigungsminister", "Der Verteidigungsminister sprach mit Lukaschenko über die Armee."),
            TestArchive.Draft("Lukashenko in Minsk", "Lukashenko empfing den Minister. Der Minister für Verteidigung reiste ab."),
            TestArchive.Draft("Verteidigung im Haushalt", "Die Verteidigung kostet mehr. Ein Minister widerspricht."),
        ]);
        var german = new GermanTextAnalyzer(Stemming.Default);
        string cache = Path.Combine(archive.DataFolder, "cache");
        archive.Archive.WithSearcher(s =>
        {
            var reader = (DirectoryReader)s.IndexReader;
            var built = Lexicon.ForCommit(archive.DataFolder, reader, german);
            var files = Directory.GetFiles(cache).Select(Path.GetFileName).Order().ToList();
            Assert.Equal([$"compounds-{reader.Version}.tsv", $"names-{reader.Version}.tsv"], files);

            var read = Lexicon.ForCommit(archive.DataFolder, reader, german);
            string key = Assert.Single(TokenDump.Analyze(NameKeyAnalyzer.ForQueries(), "names", "Lukashenko")).Term;
            Assert.Equal(["lukaschenko", "lukashenko"], built.Names.SpellingsOf(key));
            Assert.Equal(built.Names.SpellingsOf(key), read.Names.SpellingsOf(key));
            Assert.Equal(built.Names.Count, read.Names.Count);
            string minister = Assert.Single(TokenDump.Analyze(german, "body", "Minister")).Term;
            Assert.NotEmpty(built.Compounds.CompoundsWith(minister));
            Assert.Equal(built.Compounds.CompoundsWith(minister), read.Compounds.CompoundsWith(minister));
            return 0;
        });

        // A damaged names file is worked out again, not trusted.
        string names = Directory.GetFiles(cache, "names-*.tsv").Single();
        File.WriteAllText(names, "no tab here\n");
        archive.Archive.WithSearcher(s =>
        {
            var again = Lexicon.ForCommit(archive.DataFolder, (DirectoryReader)s.IndexReader, german);
            string key = Assert.Single(TokenDump.Analyze(NameKeyAnalyzer.ForQueries(), "names", "Lukashenko")).Term;
            Assert.Equal(2, again.Names.SpellingsOf(key).Count);
            return 0;
        });
        Assert.Contains("\t", File.ReadAllText(names));
    }
}
