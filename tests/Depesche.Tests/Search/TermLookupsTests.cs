using Depesche.Articles;
using Depesche.Index;
using Depesche.Search;
using Depesche.Tests.TestSupport;
using Lucene.Net.Index;

namespace Depesche.Tests.Search;

/// <summary>A commit's term look-ups are shared by its searches and never outlive it.</summary>
public sealed class TermLookupsTests
{
    [Fact]
    public void Lookups_answer_as_the_reader_does_and_a_new_commit_gets_its_own()
    {
        using var archive = new TestArchive(
        [
            TestArchive.Draft("Hochwasser an der Elbe", "Das Hochwasser erreicht Dresden."),
            TestArchive.Draft("Dürre in Brandenburg", "Die Felder trocknen aus."),
        ]);
        var term = new Term(Schema.Body, "hochwass");
        var (firstReader, firstLookups) = archive.Archive.WithSearcher(s => (s.IndexReader, TermLookups.For(s.IndexReader)));
        Assert.Same(firstLookups, archive.Archive.WithSearcher(s => TermLookups.For(s.IndexReader)));
        Assert.Equal(firstReader.DocFreq(term), firstLookups.DocFreq(term));
        Assert.Equal(1, firstLookups.DocFreq(term));

        using (var writer = ArchiveWriter.Open(archive.DataFolder, TimeSpan.FromSeconds(5)))
        {
            var draft = TestArchive.Draft("Hochwasser an der Oder", "Auch an der Oder steigt das Hochwasser.");
            writer.Upsert(ArticleFactory.Create(draft, writer.Now));
            writer.Commit("test");
        }
        Assert.True(archive.Archive.Refresh());

        var newer = archive.Archive.WithSearcher(s => TermLookups.For(s.IndexReader));
        Assert.NotSame(firstLookups, newer);
        Assert.Equal(2, newer.DocFreq(term));
        // The search that follows the commit finds the new article, though the word was looked up before it.
        Assert.Equal(2, archive.Find("Hochwasser").Total);
    }

    [Fact]
    public void A_term_query_from_the_lookups_matches_as_a_plain_one()
    {
        using var archive = new TestArchive(
        [
            TestArchive.Draft("Hochwasser an der Elbe", "Das Hochwasser erreicht Dresden."),
            TestArchive.Draft("Hochwasser in Passau", "Die Donau tritt über die Ufer."),
            TestArchive.Draft("Dürre in Brandenburg", "Die Felder trocknen aus."),
        ]);
        archive.Archive.WithSearcher(s =>
        {
            var term = new Term(Schema.Body, "hochwass");
            var shared = s.Search(TermLookups.For(s.IndexReader).Query(term), 10);
            var plain = s.Search(new Lucene.Net.Search.TermQuery(term), 10);
            Assert.Equal(2, shared.TotalHits);
            Assert.Equal(plain.ScoreDocs.Select(d => (d.Doc, d.Score)), shared.ScoreDocs.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }
}
