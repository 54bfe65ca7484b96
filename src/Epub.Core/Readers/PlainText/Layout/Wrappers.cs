using System.Globalization;
using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// Finds what a mail system, a news server or Project Gutenberg wrapped around the text, by shape:
/// header blocks at the top (lines of "Field: value", as RFC 5322 and Usenet write them), and
/// Project Gutenberg's "*** START OF" / "*** END OF" markers with the header and licence around
/// them. The wrapper leaves the text (named in the colophon, reported with --verbose), and what it
/// says of the text (subject, sender, date; the edition's title and author) becomes metadata.
/// </summary>
internal static partial class Wrappers
{
    /// <summary>How far into the text Project Gutenberg's start marker may stand.</summary>
    private const int GutenbergHeaderLines = 600;

    /// <summary>
    /// The last line of Project Gutenberg's header, -1 without one: its "*** START OF" marker, or in
    /// a 1990s e-text the line closing its small print under a line naming Project Gutenberg.
    /// </summary>
    private static int GutenbergHeaderEnd(List<string> lines)
    {
        var namedAbove = false;
        for (var i = 0; i < Math.Min(lines.Count, GutenbergHeaderLines); i++)
        {
            if (Gutenberg.IsStart(lines[i])) return i;
            if (namedAbove && Gutenberg.IsSmallPrintEnd(lines[i])) return i;
            namedAbove |= Gutenberg.NamesProjectGutenberg(lines[i]);
        }
        return -1;
    }

    /// <summary>Lines [Start, End) of the text proper.</summary>
    public static (int Start, int End) Find(List<string> lines, Document document, Diagnostics diagnostics)
    {
        var start = 0;
        var end = lines.Count;
        var hints = document.Metadata.Hints;

        var gutenbergStart = GutenbergHeaderEnd(lines);
        if (gutenbergStart >= 0)
        {
            for (var i = 0; i < gutenbergStart; i++) Gutenberg.ReadField(lines[i], document.Metadata);
            // The catalogue line only where no field said the title or the author: fields first.
            for (var i = 0; i < gutenbergStart && (document.Metadata.Title is null || document.Metadata.Author is null); i++) Gutenberg.ReadCatalogueLine(lines[i], document.Metadata);
            Remove(document, diagnostics, lines, 0, gutenbergStart + 1, "the Project Gutenberg header");
            start = gutenbergStart + 1;
            // "Produced by …" credits open the text proper: they are the edition's, not the author's.
            var next = SkipBlank(lines, start);
            if (next < lines.Count && Gutenberg.IsCredits(lines[next]))
            {
                var creditsEnd = next;
                while (creditsEnd < lines.Count && !string.IsNullOrWhiteSpace(lines[creditsEnd])) creditsEnd++;
                Remove(document, diagnostics, lines, next, creditsEnd, "the e-text producers\u2019 credits");
                start = creditsEnd;
            }
            for (var i = start; i < lines.Count; i++)
            {
                if (!Gutenberg.IsEnd(lines[i]) && !Gutenberg.IsSmallPrintStart(lines[i])) continue;
                Remove(document, diagnostics, lines, i, lines.Count, "the Project Gutenberg footer and licence");
                end = i;
                break;
            }
        }

        // Mail and news headers: the first block of lines, and any forwarded block right after it.
        var quotedPrintable = false;
        var charset = "";
        for (var round = 0; round < 3; round++)
        {
            var blockStart = SkipBlank(lines, start);
            // A message forwarded under its sender's header, with the forwarder's note before the
            // mail client's mark ("---------- Forwarded message ----------"): the note is the
            // forwarder's, and the forwarded message's own header says who wrote the text and what
            // it is called, not the forwarder's.
            if (ForwardedMessage(lines, blockStart, end) is int mark)
            {
                Remove(document, diagnostics, lines, blockStart, mark + 1, "the forwarder\u2019s note and mark");
                start = mark + 1;
                blockStart = SkipBlank(lines, start);
                (hints.Author, hints.Title, hints.Date) = (null, null, null);
            }
            var blockEnd = blockStart;
            var fields = 0;
            var rules = 0; // a board's message reader frames its header between rules
            string? firstName = null;
            var blockQuotedPrintable = false;
            var blockCharset = "";
            while (blockEnd < end && !string.IsNullOrWhiteSpace(lines[blockEnd]))
            {
                var line = lines[blockEnd];
                if (HeaderField().Match(line) is { Success: true } field)
                {
                    if (blockEnd == blockStart) firstName = field.Groups["name"].Value;
                    // A board's message reader sets two fields on a line ("Date: 04-12-93  From: ANN
                    // WRITER"): each is read and counted, the one beside as the first.
                    // Read by position along the line, each part once: linear however many fields it holds.
                    for (var (name, from) = (field.Groups["name"].Value, field.Groups["value"] is { Success: true } value ? value.Index : line.Length); ; )
                    {
                        fields++;
                        var beside = BesideField().Match(line, from) is { Success: true } next ? next : null;
                        var own = EncodedWords.Decode(line[from..(beside?.Index ?? line.Length)].Trim());
                        switch (name.ToLowerInvariant())
                        {
                            // A board's reader shortens the labels, CompuServe's most ("Sb:", "Fm:"); some FidoNet readers label the subject "Re:".
                            case "subject" or "subj" or "sb" or "re": hints.Title ??= SubjectTags().Replace(ReplyPrefix().Replace(own, ""), "") is { Length: > 0 } bare ? bare : own; break;
                            // A forward's "Original From" is the writer's; its "Forwarded by", the forwarder's, says nothing of the text.
                            case "from" or "fm" or "original from": hints.Author ??= SenderName(CompuServeId().Replace(own, "")); break;
                            case "date" or "original date": hints.Date ??= MailDate(own); break;
                            case "content-transfer-encoding": blockQuotedPrintable = own.Equals("quoted-printable", StringComparison.OrdinalIgnoreCase); break;
                            case "content-type": blockCharset = own; break;
                        }
                        // A FidoNet node address beside the name is no field.
                        if (beside is null || FieldBeside().Match(line, beside.Index) is not { Success: true } other) break;
                        (name, from) = (other.Groups["name"].Value, other.Index + other.Length);
                    }
                }
                // A board's reader frames its header between rules, the first one titled ("===== Message Header =====").
                else if ((Recognition.LineSheet.IsRule(line) || Debris.RuleTitle(line) is not null) && (blockEnd == blockStart || blockEnd + 1 == end || string.IsNullOrWhiteSpace(lines[blockEnd + 1]))) rules++;
                blockEnd++;
            }
            var length = blockEnd - blockStart - rules;
            if (length <= 0) break;
            // A database record's fields name the article ("TITLE: …", "AUTHOR: …"): no mail's.
            if (Enumerable.Range(blockStart, blockEnd - blockStart).Any(i => RecordFields.NamesTitle(lines[i]))) break;
            // Header fields, nearly every line of the block (a group line "Article 15 of alt.x:" or a
            // folded line may stand among them).
            // A Usenet FAQ opens with a few fields of its own, the archive's name first ("Archive-name:", "Last-modified:").
            var archived = fields == length && "archive-name".Equals(firstName, StringComparison.OrdinalIgnoreCase);
            if ((fields < 3 && !(archived && fields >= 2)) || fields * 10 < length * 7) break;
            Remove(document, diagnostics, lines, blockStart, blockEnd, "the message headers");
            start = blockEnd;
            // The innermost header (a forwarded message's) says how its body travelled.
            (quotedPrintable, charset) = (blockQuotedPrintable, blockCharset);
        }
        // The body as its header says it travelled.
        if (quotedPrintable) QuotedPrintable.Decode(lines, start, end, QuotedPrintable.Charset(charset));
        // A conference system's topic line over the message it carried names it as a subject does.
        hints.Title ??= Debris.ConferenceTopic(lines, start, end);
        RecordFields.Read(lines, start, end, document, diagnostics);
        return (start, end);
    }

    /// <summary>The most lines of a forwarder's note over the message it forwards ("Thought the list would enjoy this. --Len").</summary>
    private const int ForwarderNoteLines = 4;

    /// <summary>
    /// The mail client's mark over a forwarded message, after at most a short note from
    /// <paramref name="from"/>, with the forwarded message's header right under it; null when
    /// the text goes on otherwise (a text may tell of a forwarded message, with paragraphs over the mark).
    /// </summary>
    private static int? ForwardedMessage(List<string> lines, int from, int end)
    {
        for (var (i, note) = (from, 0); i < end && note <= ForwarderNoteLines; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            if (lines[i].Length <= 80 && Debris.ForwardingMark().IsMatch(lines[i]))
            {
                // The forwarded header names its sender: a "From:" among the run of fields under the mark.
                for (var k = SkipBlank(lines, i + 1); k < end && HeaderField().Match(lines[k]) is { Success: true } field; k++)
                    if (field.Groups["name"].Value.Equals("from", StringComparison.OrdinalIgnoreCase)) return i;
                return null;
            }
            note++;
        }
        return null;
    }

    private static int SkipBlank(List<string> lines, int i)
    {
        while (i < lines.Count && string.IsNullOrWhiteSpace(lines[i])) i++;
        return i;
    }

    private static void Remove(Document document, Diagnostics diagnostics, List<string> lines, int from, int to, string what)
    {
        var kept = lines.Skip(from).Take(to - from).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (kept.Count == 0) return;
        document.Provenance.Wrappers.Add((from + 1, what, kept.Count));
        diagnostics.Info(DiagnosticCode.WrapperRemoved, from + 1, $"left out {what} ({kept.Count} lines)");
    }

    /// <summary>
    /// "jim@irvine.com (James Zarbock)" or "James Zarbock &lt;jim@irvine.com&gt;" → the name; a bare
    /// address gives none. A board's message reader gives the name alone ("From: JAMES ZARBOCK").
    /// </summary>
    private static string? SenderName(string value)
    {
        // A FidoNet sender's node address beside the name ("Ann Writer (1:123/456)") is no name.
        value = NodeAddressInParentheses().Replace(value, "");
        var inParentheses = Regex.Match(value, @"\((?<name>[^()@]+)\)");
        if (inParentheses.Success) return inParentheses.Groups["name"].Value.Trim();
        var beforeAddress = Regex.Match(value, @"^""?(?<name>[^<""@]+?)""?\s*<");
        if (beforeAddress.Success)
        {
            var name = beforeAddress.Groups["name"].Value.Trim();
            // A display name with a comma must be quoted (RFC 5322), and mail clients quote the
            // directory's "Surname, Given" so: the person is "Given Surname".
            return value.StartsWith('"') && RecordFields.GivenNameFirst(name) is string turned ? turned : name;
        }
        return BoardUserName().IsMatch(value) ? value : null;
    }

    /// <summary>
    /// "Fri, 20 Nov 92 02:08:20 GMT" → "1992-11-20"; a board reader's "03-12-92 (21:14)" →
    /// "1992-03-12" (month first, as the QWK packet format and the readers built on it write it).
    /// </summary>
    private static string? MailDate(string value)
    {
        var m = MailDatePattern().Match(value);
        int year, month, day;
        if (m.Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            month = Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], m.Groups["month"].Value.ToLowerInvariant()) + 1;
            day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        }
        else if (BoardDatePattern().Match(value) is { Success: true } board)
        {
            year = int.Parse(board.Groups["year"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(board.Groups["month"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(board.Groups["day"].Value, CultureInfo.InvariantCulture);
        }
        else return null;
        if (year < 100) year += year < 50 ? 2000 : 1900;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? $"{year:0000}-{month:00}-{day:00}" : null;
    }

    /// <summary>
    /// "Subject: …", "Message-ID: …", "X-Vms-To: …"; "Article 15189 of alt.activism:" counts as one
    /// too. A board's message reader aligns its labels on the colon ("  To: ALL", "Msg#: 12");
    /// CompuServe's numbers its messages with "#:" alone. A FidoNet reader's forward stars its
    /// two-word labels (" * Original From: NAME (1:123/456)", " * Forwarded by : NAME").
    /// </summary>
    [GeneratedRegex(@"^(?:[ ]{0,4}(?<name>[A-Za-z][A-Za-z0-9-]{1,30}#?|#):\s+(?<value>.*)|[ ]{0,4}\*[ ]{1,3}(?<name>Original[ ](?:Area|From|To|Date)|Forwarded[ ](?:[Bb]y|[Tt]o|[Ff]rom|[Uu]sing))[ ]{0,3}:\s+(?<value>.*)|Article \d+ of [\w.-]+:?\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderField();

    /// <summary>Two spaces or more, then another field's label or a FidoNet node address (zone:net/node).</summary>
    [GeneratedRegex(@"[ ]{2,}(?:[A-Z][A-Za-z]{1,12}#?(?: [A-Z][a-z]{1,8})?:|\d{1,5}:\d{1,5}/\d{1,5})", RegexOptions.CultureInvariant)]
    private static partial Regex BesideField();

    /// <summary>The label of a field a board's reader set beside another, from the spaces before it to the value.</summary>
    [GeneratedRegex(@"\G[ ]{2,}(?<name>[A-Z][A-Za-z]{1,12}#?(?: [A-Z][a-z]{1,8})?):[ ]*", RegexOptions.CultureInvariant)]
    private static partial Regex FieldBeside();

    /// <summary>"(1:123/456)", "(2:240/5.12@fidonet)": a FidoNet node address in parentheses.</summary>
    [GeneratedRegex(@"\s*\(\d{1,5}:\d{1,5}/\d{1,5}(?:\.\d{1,5})?(?:@[\w.-]{1,30})?\)", RegexOptions.CultureInvariant)]
    private static partial Regex NodeAddressInParentheses();

    /// <summary>"Ann Writer 71327,1251": a CompuServe member's number after the name.</summary>
    [GeneratedRegex(@"\s+\d{5,6},\d{3,5}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CompuServeId();

    /// <summary>A name as a board knew its user: two to four words of letters, no address.</summary>
    [GeneratedRegex(@"^[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex BoardUserName();

    [GeneratedRegex(@"^((Re|Fwd?|Part \d+)\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefix();

    /// <summary>
    /// What a poster adds to a subject for the group's readers, not the piece's title: a kind in
    /// brackets before it ("[ESSAY] …", "[REPOST] …") and its length or part after it ("… (long)",
    /// "… (part 1 of 2)", "… (1/3)", "… [LONG]").
    /// </summary>
    [GeneratedRegex(@"^\s*\[[A-Za-z][\w -]{0,14}\]\s*|\s*[(\[](?:long|very\s+long|repost|part\s+\d{1,2}\s*(?:of|/)\s*\d{1,2}|\d{1,2}\s*/\s*\d{1,2})[)\]]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectTags();

    // [0-9], not \d: .NET's \d takes every script's digits, which int.Parse refuses.
    [GeneratedRegex(@"(?<day>[0-9]{1,2})\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(?<year>[0-9]{2,4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailDatePattern();

    /// <summary>"03-12-92", alone or before the time: a board reader's date, month first.</summary>
    [GeneratedRegex(@"^(?<month>[0-9]{2})-(?<day>[0-9]{2})-(?<year>[0-9]{2})(?![0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex BoardDatePattern();
}
