using Depesche.Web.Tests.TestSupport;

namespace Depesche.Web.Tests.Browser;

/// <summary>The browser tests share one server and one Chromium (<see cref="BrowserFixture"/>) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
