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

    /// <summary>The file as UTF-8 text (the stylesheet, the lexicon), its byte order mark dropped.</summary>
    public static string Text(string name) => System.Text.Encoding.UTF8.GetString(Bytes(name)).TrimStart('\uFEFF');
}
