using System.Text;

namespace Depesche.Ingest;

/// <summary>
/// The byte-level checks every text reader makes the same way: strict UTF-8, byte-order marks, NUL bytes.
/// </summary>
internal static class Utf8Text
{
    /// <summary>The one message for UTF-16 input: Depesche reads UTF-8 only, so the user must convert.</summary>
    public const string Utf16Rejection = "UTF-16 is not supported; save as UTF-8";

    // Throws on invalid bytes instead of silently inserting U+FFFD, so bad input is reported, not indexed.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when the bytes start with a UTF-16 byte-order mark (FF FE or FE FF).</summary>
    public static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    /// <summary>The bytes without a leading UTF-8 byte-order mark.</summary>
    public static ReadOnlySpan<byte> WithoutUtf8Bom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    /// <summary>Decodes strict UTF-8; false when the bytes are not valid UTF-8.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = Strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
