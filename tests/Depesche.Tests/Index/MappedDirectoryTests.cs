using System.Reflection;
using Depesche.Index;
using Depesche.Tests.TestSupport;
using Lucene.Net.Store;

namespace Depesche.Tests.Index;

public sealed class MappedDirectoryTests
{
    private static readonly FieldInfo? Register =
        typeof(ByteBufferIndexInput).GetField("clones", BindingFlags.NonPublic | BindingFlags.Instance);

    [Fact]
    public void Mapped_inputs_keep_no_register_of_their_clones_so_searches_leave_no_gc_handles_behind()
    {
        // The register is what MappedDirectory removes; should a Lucene.NET update rename it, the fix would
        // silently stop working (every search leaving GC handles behind), and this test says so.
        Assert.NotNull(Register);
        using var archive = new TestArchive([TestArchive.Draft("Lukaschenko trifft Minister", "MINSK: Gespräche über Zusammenarbeit.")]);
        using var dir = SchemaCheck.OpenDirectory(archive.DataFolder);
        Assert.IsType<MappedDirectory>(dir);
        string file = dir.ListAll().First(f => f.EndsWith(".tim", StringComparison.Ordinal));
        using var input = dir.OpenInput(file, IOContext.READ);
        Assert.IsAssignableFrom<ByteBufferIndexInput>(input);
        Assert.Null(Register!.GetValue(input));
        var clone = (IndexInput)input.Clone();
        Assert.Equal(input.Length, clone.Length);
        Assert.Equal(input.ReadByte(), clone.ReadByte());
    }

    [Fact]
    public void An_archive_searched_many_times_through_mapped_files_still_answers_and_closes()
    {
        var drafts = Enumerable.Range(0, 50).Select(i => TestArchive.Draft($"Bericht {i} über Weißrussland", $"Der Verteidigungsminister sprach am Tag {i}."));
        using var archive = new TestArchive(drafts);
        for (int i = 0; i < 200; i++) Assert.Equal(50, archive.Find("Weissrussland Minister").Total);
    }
}
