using System.Runtime.CompilerServices;
using System.Text;

namespace Epub.Tests.Tools;

/// <summary>
/// Verify's golden-file workflow without Verify (not served here): the expected text lives in
/// <c>NAME.verified.EXT</c> beside the tests and is committed; on a mismatch the actual text is
/// written to <c>NAME.received.EXT</c> and the test fails. To accept a change, read the received
/// file, then move it over the verified one.
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(callerFile)!, "Golden");
        var extension = Path.GetExtension(name);
        var stem = Path.Combine(folder, Path.ChangeExtension(name, null));
        var verified = stem + ".verified" + extension;
        var received = stem + ".received" + extension;
        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);

        var expected = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"No golden file yet for {name}: read {received}, and if it is right, rename it to {Path.GetFileName(verified)}."
            : $"{name} differs from {verified}: see {received} (diff -u the two; if the new text is right, move it over the verified file).\n{FirstDifference(expected, actual)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a) return $"line {i + 1}:\n- {Shorten(e)}\n+ {Shorten(a)}";
        }
        return "";
    }

    private static string Shorten(string line) => line.Length > 300 ? line[..300] + "…" : line;
}
