namespace Depesche.Web.Tests.TestSupport;

/// <summary>One archive with the corpus and one server over it, shared by the read-only tests of a class.</summary>
public sealed class CorpusFixture : IAsyncLifetime
{
    public TestArchive Archive { get; private set; } = null!;

    public TestWeb Web { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Archive = TestArchive.WithCorpus();
        Web = await TestWeb.StartAsync(Archive.DataFolder);
    }

    public async Task DisposeAsync()
    {
        await Web.DisposeAsync();
        Archive.Dispose();
    }
}
