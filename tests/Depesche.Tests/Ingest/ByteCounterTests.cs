using Depesche.Ingest;
using Depesche.Tests.TestSupport;

namespace Depesche.Tests.Ingest;

public sealed class ByteCounterTests
{
    [Fact]
    public void Reading_a_file_reports_its_bytes_to_the_counter()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("a.jsonl", """{"id":"1","title":"Hafen","body":"Der Hafen wächst."}""" + "\n");
        var counter = new ByteCounter();
        var items = InputDiscovery.ReadAll([path], new ReaderOptions { Counter = counter }, "jsonl").ToList();
        Assert.Single(items);
        Assert.Equal(new FileInfo(path).Length, counter.Bytes);
    }
}
