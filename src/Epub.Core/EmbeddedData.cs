namespace Epub;

/// <summary>The data files built into the assembly (the stylesheet, the lexicon, the fitted models), read by their logical names.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{name} is missing from the build");

    public static string Text(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }
}
