namespace Epub;

/// <summary>The data files built into the assembly (the stylesheet, the lexicon, the fitted models), read by their logical names.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{name} is missing from the build");

    /// <summary>The file's bytes, read in one call (a resource's length is known).</summary>
    public static byte[] Bytes(string name)
    {
        using var stream = Open(name);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// The file as UTF-8 text. A resource's length is known: read in one call and decoded in one,
    /// not grown through a reader's buffers (the models are read at every start, and that was a
    /// tenth of a short text's conversion).
    /// </summary>
    public static string Text(string name)
    {
        return System.Text.Encoding.UTF8.GetString(Bytes(name)).TrimStart('\uFEFF');
    }
}
