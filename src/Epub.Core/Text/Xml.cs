namespace Epub;

/// <summary>What XML 1.0 lets a document hold (its Char production).</summary>
internal static class Xml
{
    /// <summary>Whether the character at <paramref name="i"/> is allowed; <paramref name="width"/> is 2 for a surrogate pair.</summary>
    public static bool IsAllowed(ReadOnlySpan<char> text, int i, out int width)
    {
        width = 1;
        var c = text[i];
        if (c < 0x20) return c is '\t' or '\n' or '\r';
        if (c < 0xD800) return true;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { width = 2; return true; }
            return false;
        }
        if (char.IsLowSurrogate(c)) return false;
        return c is not ('\uFFFE' or '\uFFFF');
    }
}
