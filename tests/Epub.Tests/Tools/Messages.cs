namespace Epub.Tests.Tools;

/// <summary>Asserts on what the command printed by the stable parts of a message: file, line, severity and code, not its wording.</summary>
public static class Messages
{
    public static void AssertHas(string stderr, string file, int line, string severity, string code)
    {
        var prefix = line > 0 ? $"{file}:{line}: {severity}: " : $"{file}: {severity}: ";
        Assert.True(stderr.Split('\n').Any(l => l.TrimEnd().Contains(prefix, StringComparison.Ordinal) && l.TrimEnd().EndsWith($"[{code}]", StringComparison.Ordinal)),
            $"expected a message \"{prefix}… [{code}]\" in:\n{stderr}");
    }

    public static void AssertLacks(string stderr, string code) =>
        Assert.DoesNotContain($"[{code}]", stderr, StringComparison.Ordinal);
}
