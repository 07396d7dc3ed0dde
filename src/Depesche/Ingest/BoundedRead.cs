namespace Depesche.Ingest;

/// <summary>Reads a whole input for the formats whose record is the whole file, refusing oversized ones.</summary>
internal static class BoundedRead
{
    /// <summary>
    /// All bytes of <paramref name="stream"/>, or null when it holds more than <paramref name="maxBytes"/>;
    /// reading stops one byte past the limit, so a huge file is never loaded.
    /// </summary>
    public static byte[]? ReadAll(Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes) return null;
        var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return null;
        }
        return buffer.ToArray();
    }
}
