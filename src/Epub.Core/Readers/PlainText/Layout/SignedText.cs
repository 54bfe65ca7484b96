namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// A message signed with PGP's cleartext signature (RFC 4880 §7, as posters signed from 1991 on):
/// "-----BEGIN PGP SIGNED MESSAGE-----" and its armour headers ("Hash: SHA1") over the text, the
/// signature from "-----BEGIN PGP SIGNATURE-----" to "-----END PGP SIGNATURE-----" under it, and
/// every line of the text that began with a dash escaped as "- ". A format, not a guess: the
/// armour lines leave and the escapes are undone, so a "-- " signature line is one again.
/// </summary>
internal static class SignedText
{
    private const string SignedMessage = "-----BEGIN PGP SIGNED MESSAGE-----";
    private const string SignatureStart = "-----BEGIN PGP SIGNATURE-----";
    private const string SignatureEnd = "-----END PGP SIGNATURE-----";

    /// <summary>The most lines a signature block runs to (its armour headers and a few lines of radix-64).</summary>
    private const int SignatureLines = 40;

    /// <summary>The armour's lines in [<paramref name="start"/>, <paramref name="end"/>), to leave out; the dash escapes of each signed part are undone in <paramref name="lines"/>.</summary>
    public static List<int> Unwrap(List<string> lines, int start, int end)
    {
        var armour = new List<int>();
        for (var i = start; i < end; i++)
        {
            if (Is(lines[i], SignedMessage))
            {
                armour.Add(i);
                // Armour headers ("Hash: SHA1") run to the first blank line.
                var text = i + 1;
                for (; text < end && !string.IsNullOrWhiteSpace(lines[text]) && lines[text].Contains(':'); text++) armour.Add(text);
                for (i = text; i < end && !Is(lines[i], SignatureStart); i++)
                    if (lines[i].StartsWith("- ", StringComparison.Ordinal)) lines[i] = lines[i][2..];
                i--; // the signature, if any, is read next
            }
            else if (Is(lines[i], SignatureStart))
            {
                // A signature whose message was cut off above is the armour all the same.
                var close = i;
                while (close + 1 < end && close - i < SignatureLines && !Is(lines[close], SignatureEnd)) close++;
                if (!Is(lines[close], SignatureEnd)) continue;
                for (var k = i; k <= close; k++) armour.Add(k);
                i = close;
            }
        }
        return armour;
    }

    /// <summary>Whether <paramref name="line"/> is <paramref name="marker"/>, white space around it aside (read without copying the line).</summary>
    private static bool Is(string line, string marker) => line.AsSpan().Trim().SequenceEqual(marker);
}
