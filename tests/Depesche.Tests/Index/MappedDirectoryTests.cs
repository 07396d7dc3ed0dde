using Depesche.Index;
using Depesche.Tests.TestSupport;
using Lucene.Net.Store;

namespace Depesche.Tests.Index;

public sealed class MappedDirectoryTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void A_mapped_input_reads_back_what_lucene_wrote()
    {
        using var values = Write("values.bin", output =>
        {
            for (int i = 0; i < 2000; i++)
            {
                output.WriteVInt32(i * 7919);
                output.WriteInt32(-i * 104729);
                output.WriteInt64((long)i << 35 | 5);
                output.WriteInt16((short)(i - 1000));
                output.WriteVInt64((long)i * 1_000_003_117);
                output.WriteByte((byte)i);
            }
            output.WriteVInt32(int.MaxValue);
            output.WriteVInt32(-1);
            output.WriteString("Weißrussland");
            output.WriteBytes([1, 2, 3, 4, 5], 5);
        });
        using var input = values.OpenInput("values.bin", IOContext.READ);
        Assert.IsType<MappedInput>(input);
        for (int i = 0; i < 2000; i++)
        {
            Assert.Equal(i * 7919, input.ReadVInt32());
            Assert.Equal(-i * 104729, input.ReadInt32());
            Assert.Equal((long)i << 35 | 5, input.ReadInt64());
            Assert.Equal((short)(i - 1000), input.ReadInt16());
            Assert.Equal((long)i * 1_000_003_117, input.ReadVInt64());
            Assert.Equal((byte)i, input.ReadByte());
        }
        Assert.Equal(int.MaxValue, input.ReadVInt32());
        Assert.Equal(-1, input.ReadVInt32());
        Assert.Equal("Weißrussland", input.ReadString());
        var bytes = new byte[5];
        input.ReadBytes(bytes, 0, 5);
        Assert.Equal([1, 2, 3, 4, 5], bytes);
        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.Seek(input.Length + 1));
    }

    [Fact]
    public void Clones_read_on_their_own_and_outlive_the_closed_original()
    {
        using var dir = Write("bytes.bin", output =>
        {
            for (int i = 0; i < 100_000; i++) output.WriteByte((byte)(i % 251));
        });
        var input = dir.OpenInput("bytes.bin", IOContext.READ);
        input.Seek(1000);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(1000, clone.Position);
        clone.Seek(50_000);
        Assert.Equal((byte)(1000 % 251), input.ReadByte());
        Assert.Equal((byte)(50_000 % 251), clone.ReadByte());

        input.Dispose();
        Assert.Throws<ObjectDisposedException>(() => input.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => input.Seek(0));
        clone.Seek(99_999);
        Assert.Equal((byte)(99_999 % 251), clone.ReadByte());
    }

    [Fact]
    public void An_empty_file_opens_and_reads_nothing()
    {
        using var dir = Write("empty.bin", _ => { });
        using var input = dir.OpenInput("empty.bin", IOContext.READ);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_missing_file_is_reported_as_missing()
    {
        using var dir = new MappedDirectory(_folder.Path);
        Assert.Throws<FileNotFoundException>(() => dir.OpenInput("missing.bin", IOContext.READ));
    }

    [Fact]
    public void An_archive_searched_many_times_through_mapped_files_still_answers_and_closes()
    {
        var drafts = Enumerable.Range(0, 50).Select(i => TestArchive.Draft($"Bericht {i} über Weißrussland", $"Der Verteidigungsminister sprach am Tag {i}."));
        using var archive = new TestArchive(drafts);
        for (int i = 0; i < 200; i++) Assert.Equal(50, archive.Find("Weissrussland Minister").Total);
    }

    // Writes a file with Lucene's own output and returns the folder, mapped.
    private MappedDirectory Write(string name, Action<IndexOutput> write)
    {
        using (var plain = new SimpleFSDirectory(_folder.Path))
        using (var output = plain.CreateOutput(name, IOContext.DEFAULT))
            write(output);
        return new MappedDirectory(_folder.Path);
    }

    public void Dispose() => _folder.Dispose();
}
