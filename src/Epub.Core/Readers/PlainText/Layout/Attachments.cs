using System.Text;
using System.Text.RegularExpressions;

namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// What a mail or news message carried besides its text, by format: a MIME message's parts
/// (RFC 2046 §5.1: a boundary line "--BOUNDARY" before each part, "--BOUNDARY--" after the last,
/// each part's own header over its body) and files encoded with uuencode ("begin 644 NAME", lines
/// of its 64 characters, "end"). The text parts stay (decoded as their headers say), their headers,
/// the boundaries and the preamble ("This is a multi-part message in MIME format.") leave, and so
/// do the other parts and the encoded files: they are files, not text.
/// </summary>
internal static partial class Attachments
{
    /// <summary>Lines of [<paramref name="start"/>, <paramref name="end"/>) to leave out, each with what it was; the text parts are decoded in place.</summary>
    public static List<(int Line, string What)> Find(List<string> lines, int start, int end)
    {
        var found = new List<(int, string)>();
        if (Boundary(lines, start, end) is string boundary) MimeParts(lines, start, end, boundary, found);
        Uuencoded(lines, start, end, found);
        ShellArchive(lines, start, end, found);
        return found;
    }

    /// <summary>
    /// The boundary the message uses: a line "--TOKEN" with a part's "Content-Type:" right under it
    /// (the message's own header, which declares it, has usually left with the wrapper already).
    /// </summary>
    private static string? Boundary(List<string> lines, int start, int end)
    {
        for (var i = start; i + 1 < end; i++)
            if (lines[i].StartsWith("--", StringComparison.Ordinal) && BoundaryLine().IsMatch(lines[i]) && PartHeader().Match(lines[i + 1]) is { Success: true } field
                && field.Groups["name"].Value.Equals("content-type", StringComparison.OrdinalIgnoreCase))
                return lines[i].TrimEnd();
        return null;
    }

    private static void MimeParts(List<string> lines, int start, int end, string boundary, List<(int, string)> found)
    {
        var closing = boundary + "--";
        var first = start;
        while (first < end && !IsBoundary(lines[first], boundary, closing)) first++;
        // The preamble, for mail readers that cannot read MIME.
        for (var i = start; i < first; i++)
            if (!string.IsNullOrWhiteSpace(lines[i])) found.Add((i, "a MIME message\u2019s preamble"));
        var textParts = 0;
        for (var i = first; i < end;)
        {
            found.Add((i, "MIME part boundaries"));
            if (lines[i].TrimEnd() == closing)
            {
                // The epilogue after the last part.
                for (var k = i + 1; k < end; k++)
                    if (!string.IsNullOrWhiteSpace(lines[k])) found.Add((k, "a MIME message\u2019s preamble"));
                break;
            }
            // The part's header, to its first blank line.
            var bodyStart = i + 1;
            string type = "text/plain", encoding = "7bit", name = "", charset = "";
            for (; bodyStart < end && !string.IsNullOrWhiteSpace(lines[bodyStart]) && !IsBoundary(lines[bodyStart], boundary, closing); bodyStart++)
            {
                if (PartHeader().Match(lines[bodyStart]) is { Success: true } field)
                    switch (field.Groups["name"].Value.ToLowerInvariant())
                    {
                        case "content-type":
                            type = field.Groups["value"].Value.Split(';')[0].Trim().ToLowerInvariant();
                            charset = field.Groups["value"].Value;
                            break;
                        case "content-transfer-encoding": encoding = field.Groups["value"].Value.Trim().ToLowerInvariant(); break;
                    }
                if (FileName().Match(lines[bodyStart]) is { Success: true } file) name = file.Groups["name"].Value;
                found.Add((bodyStart, "MIME part headers"));
            }
            var bodyEnd = bodyStart;
            while (bodyEnd < end && !IsBoundary(lines[bodyEnd], boundary, closing)) bodyEnd++;
            i = bodyEnd;
            // A part of parts (a text and its HTML alternative): read with its own boundary.
            if (type.StartsWith("multipart/", StringComparison.Ordinal) && Boundary(lines, bodyStart, bodyEnd) is string inner)
            {
                MimeParts(lines, bodyStart, bodyEnd, inner, found);
                continue;
            }
            // The text, once: its HTML alternative, or an attached copy, is not read again.
            var text = type.StartsWith("text/", StringComparison.Ordinal) && type != "text/html" && encoding != "base64" && textParts++ == 0;
            if (text && encoding == "quoted-printable") QuotedPrintable.Decode(lines, bodyStart, bodyEnd, QuotedPrintable.Charset(charset));
            if (text) continue;
            var what = name.Length > 0 ? $"an attached file, {name}" : $"a message part that is no text ({type})";
            for (var k = bodyStart; k < bodyEnd; k++)
                if (!string.IsNullOrWhiteSpace(lines[k])) found.Add((k, what));
        }
    }

    private static bool IsBoundary(string line, string boundary, string closing)
    {
        var trimmed = line.AsSpan().TrimEnd();
        return trimmed.SequenceEqual(boundary) || trimmed.SequenceEqual(closing);
    }

    /// <summary>"begin 644 NAME" … "end": every line between of uuencode's characters (space to grave accent), its first giving its length.</summary>
    private static void Uuencoded(List<string> lines, int start, int end, List<(int, string)> found)
    {
        for (var i = start; i < end; i++)
        {
            if (UuencodeBegin().Match(lines[i]) is not { Success: true } begin) continue;
            var k = i + 1;
            while (k < end && UuencodedLine().IsMatch(lines[k])) k++;
            if (k >= end || lines[k].TrimEnd() != "end" || k == i + 1) continue;
            var what = $"a uuencoded file, {begin.Groups["name"].Value}";
            for (var j = i; j <= k; j++) found.Add((j, what));
            i = k;
        }
    }

    /// <summary>How far into the text a shell archive's first here-document may open.</summary>
    private const int ShellArchiveHead = 40;

    /// <summary>
    /// A shell archive (shar: "#!/bin/sh", "# This is a shell archive", commands that write each
    /// file from a here-document, "cat &lt;&lt; 'SHAR_EOF' &gt; 'NAME'" … "SHAR_EOF"): the files are the
    /// text, the script around them leaves. Where the script writes a file through sed 's/^X//',
    /// every line of it carries an "X" the script strips; it is stripped here too. Only an archive
    /// that says what it is in its first lines is read so: a text about the shell that shows a
    /// here-document keeps it.
    /// </summary>
    private static void ShellArchive(List<string> lines, int start, int end, List<(int, string)> found)
    {
        var first = start;
        while (first < end && string.IsNullOrWhiteSpace(lines[first])) first++;
        if (first >= end || !(ShellScriptStart().IsMatch(lines[first]) || ShellArchiveComment().IsMatch(lines[first]))) return;
        var headEnd = Math.Min(end, first + ShellArchiveHead);
        if (!Enumerable.Range(first, headEnd - first).Any(i => ShellArchiveComment().IsMatch(lines[i]))) return;
        const string what = "a shell archive\u2019s script";
        for (var i = first; i < end;)
        {
            // The script, down to the line that opens the next file's here-document.
            var open = i;
            while (open < end && !HereDocument().IsMatch(lines[open])) open++;
            for (var k = i; k < Math.Min(open + 1, end); k++)
                if (!string.IsNullOrWhiteSpace(lines[k])) found.Add((k, what));
            if (open >= end) return;
            var document = HereDocument().Match(lines[open]);
            var delimiter = document.Groups["delimiter"].Value;
            var prefixed = document.Groups["strip"].Success ? document.Groups["strip"].Value : null;
            var close = open + 1;
            while (close < end && lines[close].TrimEnd() != delimiter) close++;
            if (prefixed is not null)
                for (var k = open + 1; k < close; k++)
                    if (lines[k].StartsWith(prefixed, StringComparison.Ordinal)) lines[k] = lines[k][prefixed.Length..];
            i = close;
        }
    }

    /// <summary>"#!/bin/sh", "#! /bin/sh": a shell script's first line.</summary>
    [GeneratedRegex(@"^#![ ]?/bin/(?:ba|k|c)?sh\b", RegexOptions.CultureInvariant)]
    private static partial Regex ShellScriptStart();

    /// <summary>"# This is a shell archive (produced by shar 3.49)": shar's own words over its script.</summary>
    [GeneratedRegex(@"^#.{0,40}\bshell[ ]archive\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShellArchiveComment();

    /// <summary>"cat &lt;&lt; 'SHAR_EOF' &gt; 'NAME'", "sed 's/^X//' &lt;&lt; 'END' &gt; NAME": a command writing a file from the lines under it down to the delimiter.</summary>
    [GeneratedRegex(@"^(?:(?:sed[ ](?:-e[ ])?'s/\^(?<strip>[^/]{1,4})//'|cat)[ ]+(?:>[ ]?\S{1,100}[ ]+)?<<[ ]?-?[ ]?\\?['""]?(?<delimiter>[\w.!-]{1,30})['""]?(?:[ ]+>[ ]?\S{1,100})?\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HereDocument();

    [GeneratedRegex(@"^--[\w'()+,./:=?-]{1,70}$", RegexOptions.CultureInvariant)]
    private static partial Regex BoundaryLine();

    [GeneratedRegex(@"^(?<name>Content-[A-Za-z-]+|MIME-Version):\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartHeader();

    [GeneratedRegex(@"\b(?:file)?name\*?=""?(?<name>[^"";]{1,100})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    [GeneratedRegex(@"^begin [0-7]{3,4} (?<name>\S.{0,100})$", RegexOptions.CultureInvariant)]
    private static partial Regex UuencodeBegin();

    /// <summary>
    /// A line of uuencode: its length character, then up to 60 of the 64 it writes with (some
    /// encoders trim the trailing spaces, some write a grave accent for a space, some add a
    /// checksum). Framed by "begin" and "end", a line a transfer damaged (a character doubled, one
    /// dropped) is the file's still: any line of those characters up to a screen's width, which
    /// holds no small letter and so no sentence.
    /// </summary>
    [GeneratedRegex(@"^[\x21-\x60][\x20-\x60]{0,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex UuencodedLine();
}
