namespace Depesche.Ingest;

/// <summary>Reads a whole input for the formats whose record is the whole file, refusing oversized ones.</summary>
internal static class BoundedRead
{
    /// <summary>
    /// The one item of an input whose record is the whole file: <paramref name="parse"/> of its bytes, or a
    /// rejection naming the <paramref name="noun"/> ("file", "page") when it is over the limit. The input is
    /// opened only when the item is asked for.
    /// </summary>
    public static IEnumerable<ReadItem> WholeInput(InputFile input, ReaderOptions options, string noun, Func<byte[], ReadItem> parse)
    {
        byte[]? bytes;
        using (var stream = input.Open())
            bytes = ReadAll(stream, options.MaxRecordBytes);
        yield return bytes is null
            ? ReadItem.Rejected(input.Path, 0, $"{noun} larger than {options.MaxRecordBytes} bytes")
            : parse(bytes);
    }

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
