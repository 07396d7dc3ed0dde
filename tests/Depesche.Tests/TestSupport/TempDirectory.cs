using System.Text;

namespace Depesche.Tests.TestSupport;

/// <summary>
/// A fresh folder under the system temp folder for one test, deleted on dispose. Test inputs are written
/// here as small files, so no test depends on files checked into the repository.
/// </summary>
public sealed class TempDirectory : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates the folder.</summary>
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("depesche-test-").FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of <paramref name="relativePath"/> inside the folder (not created).</summary>
    public string PathOf(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM, creating sub-folders; returns the full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));

    /// <summary>Writes raw bytes, creating sub-folders; returns the full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        string path = PathOf(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Deletes the folder and everything in it; a leftover in the temp folder is not worth failing a test.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
