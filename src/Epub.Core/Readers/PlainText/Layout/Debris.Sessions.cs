using System.Text.RegularExpressions;

namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// What a terminal left around a text saved from a board's session, and what an archiver printed
/// about the file it came in: the caller's capture (the modem's dialling and CONNECT, the logon
/// prompts, the board's file menu and its "Displaying FILE.TXT" over the text; the board's
/// prompts, goodbye and NO CARRIER under it), an archiver's listing of the ZIP ("Searching ZIP:",
/// a table of lengths, methods, ratios and CRCs) and a file list's entries (name, size, date and
/// description), and the FILE_ID.DIZ description pasted over a text. Each is a format, read at the text's head or tail only: a story that prints one
/// line of a session inside keeps it.
/// </summary>
internal static partial class Debris
{
    /// <summary>How many of the text's first and last lines a capture, a listing or a file list's entry may take.</summary>
    private const int SessionLines = 40;

    /// <summary>
    /// The session captured over and under the text. Over it, down to the board's line announcing
    /// the file it shows ("Reading file LETTERS.TXT -- Ctrl-S pauses"), when another line of the
    /// session (a modem's, a prompt, a logon, a menu's file) stands above: the welcome screen between
    /// is the board's too. A capture that opens with the modem's dialling goes down to its last line
    /// of the session. Under the text, the closing run of session lines (prompts, the goodbye, the
    /// time left, NO CARRIER).
    /// </summary>
    private static void CapturedSession(List<string> lines, int start, int end, List<(int, string)> found)
    {
        var head = HeadTextLines(lines, start, end).Take(SessionLines).ToList();
        if (head.Count == 0) return;
        var announcement = head.FindLastIndex(i => lines[i].Length <= 120 && FileShown().IsMatch(lines[i]));
        var sessionEnd = -1; // the last of the head's lines the session takes
        if (announcement >= 0 && head.Take(announcement).Any(i => IsSessionLine(lines[i]))) sessionEnd = head[announcement];
        // A capture opening with a logon prompt alone could be a form's first field ("Name: …"):
        // the caller's standing on the board ("You are caller #…", "Time left …") must follow.
        // It ends at its last line before the text's first line of prose.
        else if (ModemLine().IsMatch(lines[head[0]]) || (LogonPrompt().IsMatch(lines[head[0]]) && head.Any(i => SessionStatus().IsMatch(lines[i]))))
        {
            var last = 0;
            for (var h = 0; h < head.Count && !IsProse(lines[head[h]].Trim()); h++)
                if (IsSessionLine(lines[head[h]]) || FileShown().IsMatch(lines[head[h]])) last = h;
            sessionEnd = head[last];
        }
        // The announcement alone, under the text's first lines: the session above it was not saved.
        // A line of a paragraph that tells of reading a file is the writer's.
        else if (announcement >= 0 && lines[head[announcement]].Length <= 80 && StandsAlone(lines, head[announcement], start, end)) found.Add((head[announcement], "a captured session"));
        for (var k = head[0]; k <= sessionEnd; k++)
            if (!string.IsNullOrWhiteSpace(lines[k])) found.Add((k, "a captured session"));

        // Under the text: every line of the closing run is the session's, and it ends the text.
        var closing = new List<int>();
        foreach (var i in TailTextLines(lines, start, end, SessionLines))
        {
            if (i <= sessionEnd || !(IsSessionLine(lines[i]) || SessionStatus().IsMatch(lines[i]))) break;
            closing.Add(i);
        }
        if (closing.Count >= 2 || closing.Any(i => SessionStatus().IsMatch(lines[i])))
            foreach (var i in closing) found.Add((i, "a captured session"));
    }

    /// <summary>A line only a board's session prints: the modem's, a prompt, a logon, a file menu's entry, the caller's standing.</summary>
    private static bool IsSessionLine(string line) =>
        line.Length <= 120 && (ModemLine().IsMatch(line) || LogonPrompt().IsMatch(line) || MenuFileEntry().IsMatch(line) || SessionStatus().IsMatch(line)
            || OptionsPrompt().IsMatch(line) || PagerPrompt().IsMatch(line.Trim()) || IsBoardPrompt(line));

    /// <summary>
    /// "Searching ZIP: MARSH.ZIP" over an archiver's table (" Length  Method  Size  Ratio  Date
    /// Time  CRC-32  Attr  Name", its rules, a row a file, the totals): the whole table, from its
    /// head row to the blank line after it, and the line naming the archive above it, where it
    /// stands among the text's first or last lines.
    /// </summary>
    private static void ArchiveListing(List<string> lines, int start, int end, List<(int, string)> found)
    {
        foreach (var i in HeadTextLines(lines, start, end).Take(SessionLines).Concat(TailTextLines(lines, start, end, SessionLines)))
        {
            if (lines[i].Length > 120 || !IsListingHead(lines[i])) continue;
            var k = i;
            while (k < end && !string.IsNullOrWhiteSpace(lines[k])) found.Add((k++, "an archiver\u2019s listing"));
            var above = i - 1;
            while (above >= start && string.IsNullOrWhiteSpace(lines[above])) above--;
            if (above >= start && ArchiveNamed().IsMatch(lines[above])) found.Add((above, "an archiver\u2019s listing"));
        }
    }

    /// <summary>The words an archiver's table heads its columns with (PKZIP, unzip, ARJ, LHA): at least four, and no others.</summary>
    private static readonly HashSet<string> ListingColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "length", "method", "size", "ratio", "date", "time", "crc", "crc-32", "crc32", "attr", "attributes", "name",
        "filename", "original", "packed", "compressed", "cmpr", "modified", "datetime", "type", "files",
    };

    private static bool IsListingHead(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 4 && words.All(ListingColumns.Contains) && words.Any(w => w.StartsWith("crc", StringComparison.OrdinalIgnoreCase) || w.Equals("ratio", StringComparison.OrdinalIgnoreCase) || w.Equals("method", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A file list's entries among the text's last lines ("SOURDO.ZIP  8192  03-12-94  A guide to
    /// …", its description going on in lines opened by "|" under the description's column, a
    /// download count "[DL: 37]"): one to three of them, each with its own lines. A text that is a
    /// file list has more and keeps them.
    /// </summary>
    private static void FileListEntries(List<string> lines, int start, int end, List<(int, string)> found)
    {
        var entries = 0;
        for (var i = start; i < end; i++)
            if (FileListEntry().IsMatch(lines[i]) && ++entries > 3) return;
        if (entries == 0) return;
        foreach (var i in TailTextLines(lines, start, end, SessionLines))
        {
            if (!FileListEntry().IsMatch(lines[i])) continue;
            found.Add((i, "a file list\u2019s entry"));
            for (var k = i + 1; k < end && DescriptionGoesOn().IsMatch(lines[k]); k++) found.Add((k, "a file list\u2019s entry"));
        }
    }

    /// <summary>The most lines a FILE_ID.DIZ holds (ten, and a box's two edges).</summary>
    private const int DescriptionLines = 12;

    /// <summary>The widest line a FILE_ID.DIZ holds: 45 characters, a box's edges and a few spaces besides.</summary>
    private const int DescriptionWidth = 50;

    /// <summary>
    /// A FILE_ID.DIZ pasted over the text (the description a board shows in its file list, at most
    /// ten lines of 45 characters, often in a box): the text's first run of lines, narrow, its first
    /// words the file's own name in capitals as DOS kept it ("RENTCTL.TXT  Notes on rent control").
    /// </summary>
    private static void FileIdDescription(List<string> lines, int start, int end, List<(int, string)> found)
    {
        var first = start;
        while (first < end && string.IsNullOrWhiteSpace(lines[first])) first++;
        var last = first;
        while (last < end && !string.IsNullOrWhiteSpace(lines[last])) last++;
        if (last - first is 0 or > DescriptionLines) return;
        var inner = Enumerable.Range(first, last - first).Select(k => lines[k].Trim()).Where(l => !IsBoxEdge(l)).Select(l => l.Trim('|', '\u00A6', '\u2502', '\u2551', ':', '!').Trim()).ToList();
        if (inner.Count == 0 || inner.Any(l => l.Length > DescriptionWidth) || !DescriptionOpensWithFile().IsMatch(inner[0])) return;
        for (var k = first; k < last; k++) found.Add((k, "the file\u2019s description (FILE_ID.DIZ)"));
    }

    /// <summary>A box's top or bottom edge: ten marks or more and no letter (".------.", "`------'", "+======+").</summary>
    private static bool IsBoxEdge(string line) => line.Length >= 10 && line.All(c => c is '.' or '-' or '\'' or '`' or '_' or '=' or '+' or '*' or '|' or '#' or '~' or ',' or ' ' || c >= '\u2500' && c <= '\u257F');

    /// <summary>"RENTCTL.TXT  Notes on …": a DOS file's name in capitals, then its description.</summary>
    [GeneratedRegex(@"^[A-Z0-9_!#$&-]{1,8}\.(?:TXT|DOC|ZIP|ARJ|LZH|ARC|ASC|NFO)\b[ ]{1,4}[-:]?[ ]?\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionOpensWithFile();

    /// <summary>"Reading file LETTERS.TXT", "Displaying LASTCAR.TXT ... Ctrl-S pauses": a board announcing the file it shows next.</summary>
    [GeneratedRegex(@"^\W{0,4}(?:now[ ])?(?:reading|displaying|viewing|typing|showing|listing)[ ](?:(?:text[ ])?file[ ]?:?[ ])?[\w!#$&-]{1,8}\.\w{1,3}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileShown();

    /// <summary>"Enter your first name: JOAN", "Password: ********", "Login:": a board's logon prompt, with the caller's answer if any.</summary>
    [GeneratedRegex(@"^\s*(?:(?:please[ ])?(?:enter|type)[ ])?(?:your[ ])?(?:first|last|full|real|user|login)?[ ]?(?:name|password|handle|alias|login)[ ]?[:?>][ ]{0,3}[\w*.-]{0,24}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LogonPrompt();

    /// <summary>"  2. LASTCAR.TXT    The last streetcar": a board's menu entry, a number and a file's name (in capitals, as DOS kept it) over its description.</summary>
    [GeneratedRegex(@"^\s{0,8}\d{1,3}[.)][ ]{1,3}[A-Z0-9_!#$&-]{1,8}\.[A-Z0-9]{1,3}(?:[ ]{2,}\S.{0,80})?$", RegexOptions.CultureInvariant)]
    private static partial Regex MenuFileEntry();

    /// <summary>"Select file (1-3, Q=quit, ?=help): 2": a prompt whose choices name their keys.</summary>
    [GeneratedRegex(@"^.{0,50}\([^()]{0,60}(?:\b[a-z]|\?)[ ]?=[ ]?(?:quit|help|menu|exit|abort)\b[^()]{0,30}\)[ ]?[:?>][ ]?\w{0,3}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OptionsPrompt();

    /// <summary>"You are caller #4,211", "Time left today: 60 minutes", "Logged off at 02:47", "Thank you for calling": the caller's standing on the board.</summary>
    [GeneratedRegex(@"\bcaller[ ]?(?:#|number[ ])[ ]?\d[\d,]{0,8}|\btime[ ](?:left|remaining)\b.{0,12}\d|\blogged[ ](?:on|off|in|out)[ ]at\b|\bthank(?:s|[ ]you)[ ]for[ ]calling\b|\bctrl-[sxck]\b|\^[sxck][ ](?:to[ ])?(?:pause|abort|stop)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SessionStatus();

    /// <summary>"Searching ZIP: MARSH.ZIP", "Archive:  marsh.zip": an archiver naming the archive it lists.</summary>
    [GeneratedRegex(@"^\s*(?:searching|archive|listing)(?:[ ](?:zip|arc|arj|archive))?[ ]?:[ ]{0,4}\S{0,80}\.(?:zip|arc|arj|lzh|lha|zoo|pak)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveNamed();

    /// <summary>"SOURDO.ZIP     8192  03-12-94  A beginner's guide": a file list's entry, the file's name, size and date first.</summary>
    [GeneratedRegex(@"^[A-Z0-9_!#$&-]{1,8}\.[A-Z0-9]{1,3}[ ]{1,12}\d[\d,]{0,10}[ ]{1,6}\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex FileListEntry();

    /// <summary>A file list's description going on under its column: spaces, then "|" (or "+" in some lists) and the words.</summary>
    [GeneratedRegex(@"^[ ]{8,}[|+][ ]?\S", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionGoesOn();
}
