using System.Text.Json;

namespace Depesche.Web.Tests.TestSupport;

/// <summary>Reads an API error answer, asserting what every one must be: JSON, with a message, without a stack trace.</summary>
public static class ApiErrors
{
    public static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(body);
        Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("error").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("message").GetString()));
        Assert.DoesNotContain("   at ", body);
        return doc.RootElement.Clone();
    }
}
