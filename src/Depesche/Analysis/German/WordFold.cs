namespace Depesche.Analysis.German;

/// <summary>
/// A word in lower case with umlauts and ß folded (Größe: grosse), as the word families and the strong verbs compare
/// words of stored text, which they read without the analysis chain.
/// </summary>
public static class WordFold
{
    /// <summary>Writes <paramref name="word"/> folded into <paramref name="into"/> (twice the word's length suffices); returns the length.</summary>
    public static int Into(ReadOnlySpan<char> word, Span<char> into)
    {
        int length = 0;
        foreach (char raw in word)
        {
            char c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'ä': into[length++] = 'a'; break;
                case 'ö': into[length++] = 'o'; break;
                case 'ü': into[length++] = 'u'; break;
                case 'ß': into[length++] = 's'; into[length++] = 's'; break;
                default: into[length++] = c; break;
            }
        }
        return length;
    }

    /// <summary><paramref name="word"/> folded.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> folded = word.Length <= 64 ? stackalloc char[2 * word.Length] : new char[2 * word.Length];
        return folded[..Into(word, folded)].ToString();
    }
}
