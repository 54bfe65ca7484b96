using System.Text.RegularExpressions;

namespace Epub.Readers.PlainText.Layout;

/// <summary>
/// What boards, mail systems and posters left inside and after a text, by shape: header blocks
/// of forwarded or continued messages (runs of "Field: value" lines), labelled rules and
/// begin/end markers that cut a posting into parts ("----- REF2 -----", "END: REF2"), and
/// the adverts that boards appended after the text (a trailing box or run of short lines with
/// telephone numbers).
/// </summary>
internal static partial class Debris
{
    /// <summary>Lines to leave out, each with what it was.</summary>
    public static List<(int Line, string What)> Find(List<string> lines, int start, int end) => Find(lines, start, end, out _);

    /// <param name="signedBy">The name a signature block closing the text gives (its writer, who may not be its sender).</param>
    /// <param name="quoteDepth">How deep a mail reader quoted each line (0: the writer's own), when the text quotes: a quoted signature is the quoted message's, and the reply under it is no part of it.</param>
    public static List<(int Line, string What)> Find(List<string> lines, int start, int end, out string? signedBy, byte[]? quoteDepth = null)
    {
        signedBy = null;
        var found = new List<(int, string)>();
        // Header blocks anywhere: a run of lines, nearly all of them header fields.
        for (var i = start; i < end;)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) { i++; continue; }
            var runEnd = i;
            var fields = 0;
            var folded = 0; // a long field goes on in lines that start with white space (RFC 5322 folding)
            var markers = 0; // "---Continued in part 2---" right above the next part's headers, or a plain rule framing them
            while (runEnd < end && !string.IsNullOrWhiteSpace(lines[runEnd]))
            {
                var framing = Recognition.LineSheet.IsRule(lines[runEnd]) && (runEnd == i || runEnd + 1 == end || string.IsNullOrWhiteSpace(lines[runEnd + 1]));
                if (LabelledRule().IsMatch(lines[runEnd]) || framing) markers++;
                else if (HeaderField().IsMatch(lines[runEnd]) || ConferenceHeader().IsMatch(lines[runEnd])) fields++;
                else if (char.IsWhiteSpace(lines[runEnd][0])) folded++;
                runEnd++;
            }
            if (fields >= 3 && (fields + folded) * 10 >= (runEnd - i - markers) * 8)
                for (var k = i; k < runEnd; k++) found.Add((k, "message headers"));
            else FileDescription(lines, i, runEnd, found);
            i = runEnd;
        }
        TransportFieldRuns(lines, start, end, found);
        CapturedSession(lines, start, end, found);
        ArchiveListing(lines, start, end, found);
        FileListEntries(lines, start, end, found);
        FileIdDescription(lines, start, end, found);
        DashedPageNumbers(lines, start, end, found);
        // Titles set inside rules ("===== The Second Part =====") are the text's headings when it
        // uses them twice or more; one such line, or labels that read as codes ("END:REF1",
        // "Continued in FEMA pt 2"), are the archive's markers.
        var ruleTitles = 0;
        for (var i = start; i < end; i++)
            if (RuleTitle(lines[i]) is not null) ruleTitles++;
        for (var i = start; i < end; i++)
            if ((LabelledRule().IsMatch(lines[i]) && !InSentence(lines, i, start, end) && (ruleTitles < 2 || RuleTitle(lines[i]) is null) && !OpensTheText(lines, i, start)) || PartMarker().IsMatch(lines[i])) found.Add((i, "part markers"));
            // A text split over files tells its reader which to open next ("CLOSE THIS FILE", "OPEN FILE \"INTRO-C\"").
            else if (FileDirection().IsMatch(lines[i]) || ContinuedElsewhere().IsMatch(lines[i])) found.Add((i, "directions between files"));
            // A posting's mark between its parts, set off by marks of its own ("<<< End of Part 1 >>>").
            else if (lines[i].Length <= 80 && PartBoundary().IsMatch(lines[i])) found.Add((i, "part markers"));
            // An archive's end mark where a file quoted whole ends inside the text ("END OF FILE ------"),
            // as at the end of the text: a mark, no heading over what follows.
            else if (i > start && lines[i].Length <= 80 && EndMark().IsMatch(lines[i].Trim())) found.Add((i, "an archive\u2019s end mark"));
            // A mail client's marks around a message it forwarded, and the line a newsreader saved over
            // a posting ("Article 2231 of misc.rural:"): formats, whole lines.
            else if (lines[i].Length <= 80 && (ForwardingMark().IsMatch(lines[i]) || NewsArticleLine().IsMatch(lines[i]))) found.Add((i, "a mail or news reader\u2019s line"));
            // A news server's cross-references ("Xref: host group:123") and a mailbox's separator
            // ("From user@host Fri Mar 12 14:22:10 1993"): formats, whole lines. A newsreader's line
            // over a quoted article ("In article <id> user writes:") stays: it says who is quoted.
            else if (lines[i].Length <= 200 && (NewsCrossReference().IsMatch(lines[i]) || MailboxSeparator().IsMatch(lines[i]))) found.Add((i, "a mail or news reader\u2019s line"));
            // A board's message header ("Msg#: 1234 *CONFERENCE*") and the date and time its reader set under it.
            else if (lines[i].Length <= 80 && BoardMessageNumber().IsMatch(lines[i]))
            {
                found.Add((i, "a board\u2019s message header"));
                if (i + 1 < end && DateAndTime().IsMatch(lines[i + 1])) found.Add((i + 1, "a board\u2019s message header"));
            }
            // An echomail message's conference line ("AREA:POLITICS", FTS-0004's first line), and an
            // offline reader's note on a message it forwarded or crossposted between two others
            // ("* Crossposted from POLITICS"): formats, whole lines.
            else if (lines[i].Length <= 80 && (EchomailArea().IsMatch(lines[i]) || (lines[i].TrimStart().StartsWith("* ", StringComparison.Ordinal) && IsTransferLine(lines[i]))))
                found.Add((i, "a mail or news reader\u2019s line"));
            // An information service's message header ("Category 3,  Topic 12" / "Message 45   Sat Mar
            // 12, 1993" / "A.WRITER [Ann]   at 14:22 EST"): its topic line, and each message's two lines.
            else if (lines[i].Length <= 80 && ServiceTopic().IsMatch(lines[i])) found.Add((i, "a board\u2019s message header"));
            else if (lines[i].Length <= 100 && ServiceMessage().IsMatch(lines[i]) && i + 1 < end && ServiceSender().IsMatch(lines[i + 1]))
            {
                found.Add((i, "a board\u2019s message header"));
                found.Add((i + 1, "a board\u2019s message header"));
            }
            // "Page 2 of 10" or "Page 2" alone on its line (centred or not), or at the end of a
            // running head set apart from it: a printout's page number wherever the page broke.
            // A contents' entries end in their pages too, line after line: a running head stands alone.
            else if (lines[i].Length <= 100 && (PageOfPages().IsMatch(lines[i]) || PageAlone().IsMatch(lines[i]) || (RunningHeadPage().IsMatch(lines[i]) && !NextToPageReference(lines, i, start, end))))
                found.Add((i, "page numbers"));
            // A rule with scissors in it ("--8<----8<--"): where to cut the text out of a message, never the text.
            else if (lines[i].Length <= 160 && CutMark().IsMatch(lines[i])) found.Add((i, "part markers"));
            // A terminal's pager prompt captured with the text, wherever the session paused ("[Press any key to continue]").
            else if (lines[i].Length <= 80 && PagerPrompt().IsMatch(lines[i].Trim())) found.Add((i, "a board\u2019s pager prompt"));
            // A board's menu or pager prompt captured with the text, and an offline reader's tagline: formats, whole lines.
            else if (lines[i].Length <= 80 && IsBoardPrompt(lines[i])) found.Add((i, "a board\u2019s prompt"));
            // A modem's line closing a captured session ("NO CARRIER" after the board's goodbye): the
            // text's last line only, where a session ends; a story may print one inside.
            else if (lines[i].Length <= 80 && ModemLine().IsMatch(lines[i]) && Enumerable.Range(i + 1, end - i - 1).All(k => string.IsNullOrWhiteSpace(lines[k]))) found.Add((i, "a modem\u2019s line"));
            // A reader's or a saved page's row of commands ("[ Reply ] [ Next ] [ Index ]"): the whole line, words in brackets only.
            else if (lines[i].Length <= 120 && NavigationRow().IsMatch(lines[i])) found.Add((i, "a navigation row"));
            else if (lines[i].Length <= 200 && ReaderTagline().IsMatch(lines[i])) found.Add((i, "a mail reader\u2019s tagline"));
            // An offline reader's tear line between the messages of a captured thread, under its
            // tagline ("... TAGLINE" / "--- PROGRAM 2.12") or in the reader's own mark ("___"): a
            // line "--- Section 2.1" over a section's text has neither.
            else if (lines[i].Length <= 80 && ProgramTear().IsMatch(lines[i]) && (lines[i].TrimStart().StartsWith("___", StringComparison.Ordinal) || (i > start && DotTagline().IsMatch(lines[i - 1]))))
            {
                found.Add((i, "an echomail trailer"));
                if (i > start && DotTagline().IsMatch(lines[i - 1])) found.Add((i - 1, "a mail reader\u2019s tagline"));
            }
            // Offline Xpress's mark: "___" alone over its line framed by "X" with the reader's
            // version (" X OLX 2.1 TD X TAGLINE", or its nag " X UNREGISTERED EVALUATION COPY * OLX 1.53 X"),
            // the tagline above the mark with them.
            else if (lines[i].Trim() == "___" && i + 1 < end && lines[i + 1].Length <= 200 && FramedByX().IsMatch(lines[i + 1]))
            {
                found.Add((i, "an echomail trailer"));
                found.Add((i + 1, "a mail reader\u2019s tagline"));
                if (i > start && DotTagline().IsMatch(lines[i - 1])) found.Add((i - 1, "a mail reader\u2019s tagline"));
            }
            // A poster's disclaimer of an employer, a line of the signature wherever the posting repeats it.
            else if (lines[i].Length <= 160 && EmployerDisclaimer().IsMatch(lines[i])) found.Add((i, "a poster\u2019s disclaimer"));
            // A poster's address alone between blank lines, under a signature ("coviciccs.covici.com").
            else if (Address().IsMatch(lines[i]) && (i == start || string.IsNullOrWhiteSpace(lines[i - 1])) && (i + 1 >= end || string.IsNullOrWhiteSpace(lines[i + 1])))
            {
                found.Add((i, "a signature"));
                // The poster's name just above it is the signature's too (between parts of a posting, never a heading).
                var above = i - 1;
                while (above > start && i - above <= 3 && string.IsNullOrWhiteSpace(lines[above])) above--;
                if (above >= start && SignatureName().IsMatch(lines[above]) && (above == start || string.IsNullOrWhiteSpace(lines[above - 1])))
                    found.Add((above, "a signature"));
            }

        // A poster's signature under its delimiter (RFC 3676: "-- " alone; "--" as many wrote it):
        // the lines right under it, to the next blank line, or to the end of the text where only a
        // few lines are left; taken only where the lines right under it have a signature's marks
        // (an address, a telephone, a rule of symbols, lines set in columns or far indented, a
        // quotation's attribution), so a scene break over a paragraph stays.
        for (var i = start; i < end - 1; i++)
        {
            if (!SignatureSeparator().IsMatch(lines[i]) || string.IsNullOrWhiteSpace(lines[i + 1])) continue;
            // Read no further than a signature runs: a long run under every "--" of a text would be read again for each.
            var runEnd = i + 1;
            while (runEnd < end && runEnd - i <= SignatureLines + 1 && !string.IsNullOrWhiteSpace(lines[runEnd])) runEnd++;
            // A name alone right under the delimiter signs too ("--" / "NAME" / a motto).
            if (runEnd - i - 1 > SignatureLines || !(Enumerable.Range(i + 1, runEnd - i - 1).Any(k => HasSignatureMark(lines[k])) || SignatureName().IsMatch(lines[i + 1]))) continue;
            // A few lines more to the end of the text, and no other delimiter among them, are the signature's too (not the reply under a quoted one,
            // nor the posting's notes set after it: "[1] The source …").
            var rest = 0;
            var another = false;
            for (var k = runEnd; k < end && rest <= SignatureLines && !another; k++)
                if (!string.IsNullOrWhiteSpace(lines[k])) { rest++; another = SignatureSeparator().IsMatch(lines[k]) || quoteDepth is not null && quoteDepth[k] != quoteDepth[i] || NoteOpening().IsMatch(lines[k]); }
            var signatureEnd = !another && rest <= SignatureLines - (runEnd - i - 1) ? end : runEnd;
            var signature = Enumerable.Range(i + 1, signatureEnd - i - 1).Where(k => !string.IsNullOrWhiteSpace(lines[k])).ToList();
            found.Add((i, "a poster\u2019s signature"));
            foreach (var k in signature) found.Add((k, "a poster\u2019s signature"));
            // The signature closing the text names its writer on its first line, before its other column or address.
            if (Enumerable.Range(signatureEnd, end - signatureEnd).All(k => string.IsNullOrWhiteSpace(lines[k])))
            {
                signedBy ??= SignatureLineName(lines[signature[0]], besideIt: false);
            }
            i = signatureEnd - 1;
        }

        // A signature closing the text with no delimiter over it: its last lines, after a blank
        // line, a name first and, beside it or under it, the poster's address in a column or a
        // mail or UUCP path, every line with a signature's marks ("NAME      | motto" /
        // "x@y.org     | EMPLOYER").
        var closing = end - 1;
        while (closing > start && string.IsNullOrWhiteSpace(lines[closing])) closing--;
        var closingStart = closing;
        while (closingStart > start && closing - closingStart < ClosingSignatureLines && !string.IsNullOrWhiteSpace(lines[closingStart - 1])) closingStart--;
        if (closing > start && closingStart > start && string.IsNullOrWhiteSpace(lines[closingStart - 1])
            && SignatureLineName(lines[closingStart], besideIt: true) is { } signer
            && Enumerable.Range(closingStart, closing - closingStart + 1).All(k => k == closingStart || HasSignatureMark(lines[k]))
            && Enumerable.Range(closingStart, closing - closingStart + 1).Any(k => EmailLine().IsMatch(lines[k]) || BangPath().IsMatch(lines[k])))
        {
            for (var k = closingStart; k <= closing; k++) found.Add((k, "a poster\u2019s signature"));
            signedBy ??= signer;
        }

        // A conference system's lines around a message it carried ("/** conf.name: 18.6 **/",
        // "** Written 7:23 pm Jan 29, 1991 by USER in cdp:conf.name **", "** End of text from
        // cdp:conf.name **"), and a distributor's page count over its printout ("13 page printout",
        // "32 page printout, pages 24 to 55 of 322"): formats, whole lines, never the text's own words.
        for (var i = start; i < end; i++)
            if (ConferenceHeader().IsMatch(lines[i])) found.Add((i, "a conference system\u2019s message lines"));
            else if (PrintoutCount().IsMatch(lines[i])) found.Add((i, "a distributor\u2019s page count"));

        // A FidoNet echomail trailer (FTS-0004): the tear line ("--- PROGRAM"), the origin line
        // ("* Origin: BOARD (zone:net/node)") and the SEEN-BY and PATH lines after it. A format,
        // not a guess: the node address in parentheses closes the origin line.
        for (var i = start; i < end; i++)
        {
            if (!EchomailOrigin().IsMatch(lines[i])) continue;
            found.Add((i, "an echomail trailer"));
            for (var above = i - 1; above >= start && i - above <= 2; above--)
                if (EchomailTear().IsMatch(lines[above])) found.Add((above, "an echomail trailer"));
            for (var below = i + 1; below < end && EchomailControl().IsMatch(lines[below]); below++) found.Add((below, "an echomail trailer"));
        }
        EchomailKludges(lines, start, end, found);

        // An offline mail reader's tear line closing the message ("--- Blue Wave/QWK v2.12": a
        // program and its version) with no origin line under it, and the tagline it put above the
        // tear line or above its own tagline mark ("... Taglines are for …", QWK readers' convention).
        // Lines found already may close the text under them (a conference system's reply mark).
        var tailLine = end - 1;
        bool IsReadersTail(string line) => ProgramTear().IsMatch(line) || ReaderTagline().IsMatch(line);
        var foundLines = found.Select(f => f.Item1).ToHashSet();
        while (tailLine >= start && (string.IsNullOrWhiteSpace(lines[tailLine]) || (!IsReadersTail(lines[tailLine]) && foundLines.Contains(tailLine)))) tailLine--;
        if (tailLine > start && IsReadersTail(lines[tailLine]))
        {
            found.Add((tailLine, "an echomail trailer"));
            for (var above = tailLine - 1; above > start && tailLine - above <= 2 && (DotTagline().IsMatch(lines[above]) || ReaderTagline().IsMatch(lines[above])); above--)
                found.Add((above, "a mail reader\u2019s tagline"));
        }
        foreach (var (line, what) in found.ToList())
            if (what == "an echomail trailer" && line - 1 > start && DotTagline().IsMatch(lines[line - 1])) found.Add((line - 1, "a mail reader\u2019s tagline"));

        // A publicity note over the text: paragraphs set wholly in capitals (an agency's pitch to
        // editors), then a rule, then the piece's own title and byline in a text of mixed case.
        if (PublicityNote(lines, start, end) is int rule)
            for (var k = start; k <= rule; k++)
                if (!string.IsNullOrWhiteSpace(lines[k])) found.Add((k, "a publicity note"));

        // The archive's own lines before the text: where it was fetched from, its file name, set
        // alone or framed by rules ("=====" / "FILE: NAME.TXT   SIZE: 12K" / "=====").
        var top = start;
        while (top < end && string.IsNullOrWhiteSpace(lines[top])) top++;
        var (topEnd, topFileLines) = FileLineRun(lines, top, +1, start, end);
        if (topFileLines > 0 && (topEnd == end || string.IsNullOrWhiteSpace(lines[topEnd])))
            for (var k = top; k < topEnd; k++) found.Add((k, "the archive\u2019s file lines"));
        // … and after it: the file's name alone closing the text ("NAME.ZIP"), framed by rules or not.
        var bottom = end - 1;
        while (bottom > topEnd && string.IsNullOrWhiteSpace(lines[bottom])) bottom--;
        var (beforeBottom, bottomFileLines) = FileLineRun(lines, bottom, -1, topEnd, end);
        var bottomStart = beforeBottom + 1;
        if (bottom > topEnd && bottomFileLines > 0 && beforeBottom >= 0 && string.IsNullOrWhiteSpace(lines[beforeBottom]))
            for (var k = bottomStart; k <= bottom; k++) found.Add((k, "the archive\u2019s file lines"));

        // A press release's lines for editors over the piece ("FOR IMMEDIATE RELEASE", "Contact:
        // NAME, TELEPHONE"): its first runs of lines, short and no prose, while one holds the
        // release's mark or a contact field and the marked run came first.
        var release = false;
        for (var (run, runs) = (top, 0); run < end && runs < PressReleaseRuns; runs++)
        {
            while (run < end && string.IsNullOrWhiteSpace(lines[run])) run++;
            var runEnd = run;
            while (runEnd < end && !string.IsNullOrWhiteSpace(lines[runEnd])) runEnd++;
            if (runEnd == run || runEnd - run > PressReleaseRunLines || Enumerable.Range(run, runEnd - run).Any(k => IsProse(lines[k].Trim()))) break;
            // The sender's letterhead over the release's mark (a name over its address and
            // telephone) is the letterhead's to take, below; the mark may stand under it.
            if (runs == 0 && run == top && Enumerable.Range(run, runEnd - run).Count(k => IsPostal(lines[k])) >= 2)
            {
                run = runEnd;
                continue;
            }
            var marked = Enumerable.Range(run, runEnd - run).Any(k => PressReleaseMark().IsMatch(lines[k]));
            var contact = Enumerable.Range(run, runEnd - run).Any(k => ContactField().IsMatch(lines[k]));
            if (!marked && !(release && contact)) break;
            release = true;
            for (var k = run; k < runEnd; k++) found.Add((k, "a press release\u2019s lines for editors"));
            run = runEnd;
        }

        // A board's advert after the text: from the end back over short lines, rules and box
        // borders, as long as they hold telephone numbers; cut at the box or rule that opens them.
        var phones = 0;
        var first = end;
        var opening = -1;
        for (var i = end - 1; i >= start; i--)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (IsBorder(line)) { opening = i; first = i; continue; }
            if (line.Length > 80 || IsProse(line)) break;
            if (Telephone().IsMatch(line)) phones++;
            first = i;
        }
        if (phones >= 2)
        {
            var cut = opening >= 0 ? opening : first;
            for (var k = cut; k < end; k++)
                if (!string.IsNullOrWhiteSpace(lines[k])) found.Add((k, "a board\u2019s advert"));
        }
        else if (AdvertAfterGap(lines, start, end) is int advert)
            for (var k = advert; k < end; k++)
                if (!string.IsNullOrWhiteSpace(lines[k])) found.Add((k, "a board\u2019s advert"));
        // A board's box closing the text, whatever it says inside: its sales talk is sentences.
        // (A box opening the text may hold the text's own title and byline over where it was
        // fetched: the head's runs are read one by one below.)
        if (BoardBox(lines, start, end, atHead: false) is int box)
            for (var k = box; k < end; k++)
                if (!string.IsNullOrWhiteSpace(lines[k])) found.Add((k, "a board\u2019s advert"));
        // A board's box opening the text, with no byline inside: the board's sales talk over the
        // text (a box that frames the text's own title and byline is read run by run below).
        if (BoardBox(lines, start, end, atHead: true) is int headBox)
            for (var k = start; k <= headBox; k++)
                if (!string.IsNullOrWhiteSpace(lines[k])) found.Add((k, "a board\u2019s banner"));
        // The archive's mark that the text begins, on its first line ("START OF FILE").
        var firstLine = start;
        while (firstLine < end && string.IsNullOrWhiteSpace(lines[firstLine])) firstLine++;
        if (firstLine < end - 1 && StartMark().IsMatch(lines[firstLine].Trim())) found.Add((firstLine, "an archive\u2019s start mark"));

        // A board's banner or advert in the text's first or last runs of lines: a short run, no
        // prose, in the board's own words ("Another file downloaded from: … BBS", "Call … 2400 baud").
        // Marks and lines already found are no run of the text's: a banner may stand under them.
        foreach (var (from, to, atHead) in BoardRuns(lines, start, end, found.Select(f => f.Item1).ToHashSet()))
            for (var k = from; k < to; k++)
                found.Add((k, atHead ? "a board\u2019s banner" : "a board\u2019s advert"));
        // A note on the electronic edition closing the text, in brackets, with an address: "[Electronic Edition of … from x@y.org]".
        var close = end - 1;
        while (close >= start && string.IsNullOrWhiteSpace(lines[close])) close--;
        if (close > start && lines[close].TrimEnd().EndsWith(']'))
        {
            var open = close;
            while (open > start && close - open < 6 && !lines[open].TrimStart().StartsWith('[') && !string.IsNullOrWhiteSpace(lines[open - 1])) open--;
            var note = string.Join(" ", lines.Skip(open).Take(close - open + 1));
            if (note.TrimStart().StartsWith('[') && (note.Contains('@') || Address().IsMatch(note.Trim('[', ']', ' '))))
                for (var k = open; k <= close; k++) found.Add((k, "a note on the electronic edition"));
        }

        // Notes in brackets near the head from whoever put the file up, not the text's writer: on
        // converting the text to an electronic medium, naming the file to read first ("[Certain
        // conventions have been used … download INCONHLP.ZIP …]"), and a reposter's commentary on
        // the file ("[COMMENTARY FOR THIS FILE: …]"): the text's own words do not call it a file.
        for (var i = start; i < Math.Min(end, start + 40); i++)
        {
            if (!lines[i].TrimStart().StartsWith('[')) continue;
            var j = i;
            while (j < end && j - i < 12 && !lines[j].TrimEnd().EndsWith(']')) j++;
            if (j >= end || !lines[j].TrimEnd().EndsWith(']')) continue;
            // A note boxed in brackets line by line ("[ This is the first of three files. ]" / "[ … ]").
            while (j + 1 < end && j - i < 12 && lines[j + 1].TrimStart().StartsWith('[') && lines[j + 1].TrimEnd().EndsWith(']')) j++;
            var note = string.Join(" ", lines.Skip(i).Take(j - i + 1));
            if ((FileName().IsMatch(note) && ElectronicEdition().IsMatch(note)) || ThisFile().IsMatch(note) || PieceTravelled().IsMatch(note))
                for (var k = i; k <= j; k++) found.Add((k, "a note on the electronic edition"));
            i = j;
        }

        // A note headed as the uploader's, the sysop's or the typist's ("Uploader's note: …"), a
        // paragraph of its own near the head: theirs, not the writer's (an editor's note stays, and
        // so does a transcriber's: it tells the edition's reader what was corrected or moved).
        for (var i = start; i < Math.Min(end, start + 40); i++)
        {
            if ((i > start && !string.IsNullOrWhiteSpace(lines[i - 1])) || !ArchivistNote().IsMatch(lines[i])) continue;
            for (var k = i; k < end && !string.IsNullOrWhiteSpace(lines[k]); k++) found.Add((k, "a note on the electronic edition"));
        }

        // A reposter's plea to pass the text on, a line of its own among the text's first or last
        // lines ("***** Reformatted.  Please distribute.", "PLEASE COPY AND POST"): the reposter's
        // words, not the writer's.
        foreach (var i in HeadTextLines(lines, start, end).Take(PleaLines).Concat(TailTextLines(lines, start, end, PleaLines)))
            if (lines[i].Length <= 80 && DistributionPlea().IsMatch(lines[i])) found.Add((i, "a reposter\u2019s plea"));
            // Who typed, scanned or proofread the electronic copy ("Typed in by NAME for BOARD",
            // "[Retyped from the original by …]"), a paragraph of its own: the edition's credit, not the text.
            else if (lines[i].Length <= 120 && TranscriberCredit().IsMatch(lines[i]) && StandsAlone(lines, i, start, end)) found.Add((i, "a transcriber\u2019s credit"));

        // A letterhead over the text: its first lines, short, two or more of them an address, a
        // ZIP code, a telephone or a mailbox ("6815 DICKINSON COURT", "TAMPA FLORIDA 33634-4707").
        var headEnd = top;
        while (headEnd < end && !string.IsNullOrWhiteSpace(lines[headEnd])) headEnd++;
        if (headEnd - top is >= 2 and <= 6 && lines.Skip(top).Take(headEnd - top).All(l => l.Trim().Length <= 60)
            && lines.Skip(top).Take(headEnd - top).Count(IsPostal) >= 2)
            for (var k = top; k < headEnd; k++) found.Add((k, "a letterhead"));

        // A publisher's imprint closing the text: its last few lines, set off by a blank line, with a postal address.
        var tail = end - 1;
        while (tail >= start && string.IsNullOrWhiteSpace(lines[tail])) tail--;
        var imprintStart = tail;
        while (imprintStart > start && tail - imprintStart < 5 && !string.IsNullOrWhiteSpace(lines[imprintStart - 1])) imprintStart--;
        if (tail > start && tail - imprintStart < 5 && lines.Skip(imprintStart).Take(tail - imprintStart + 1).Any(IsPostal)
            && lines.Skip(imprintStart).Take(tail - imprintStart + 1).All(l => l.Trim().Length <= 60 && !IsProse(l.Trim())))
        {
            for (var k = imprintStart; k <= tail; k++) found.Add((k, "a publisher\u2019s imprint"));
            foreach (var k in PublisherMatter(lines, start, imprintStart))
                found.Add((k, "a publisher\u2019s advert"));
        }

        // A signature block closing the text: a name (under "--" or not) over its address,
        // telephone or mail lines ("--" / "Ann Writer" / "12 Main Street" / …).
        var signatureStart = tail;
        while (signatureStart > start && tail - signatureStart < 7 && !string.IsNullOrWhiteSpace(lines[signatureStart - 1])) signatureStart--;
        var nameLine = tail > start && SignatureSeparator().IsMatch(lines[signatureStart]) ? signatureStart + 1 : signatureStart;
        if (tail > start && nameLine < tail && SignatureName().IsMatch(lines[nameLine])
            && lines.Skip(nameLine + 1).Take(tail - nameLine).All(l => l.Trim().Length <= 60 && !IsProse(l.Trim()))
            && lines.Skip(nameLine + 1).Take(tail - nameLine).Any(l => IsPostal(l) || Address().IsMatch(l) || EmailLine().IsMatch(l)))
        {
            for (var k = signatureStart; k <= tail; k++) found.Add((k, "a signature"));
            signedBy = lines[nameLine].Trim().TrimStart('-').Trim();
        }

        // A board's pager prompt left at the end of a captured session ("Press <CR> !", "Hit any key to continue").
        var prompt = end - 1;
        while (prompt >= start && string.IsNullOrWhiteSpace(lines[prompt])) prompt--;
        if (prompt > start && PagerPrompt().IsMatch(lines[prompt].Trim())) found.Add((prompt, "a board\u2019s pager prompt"));
        // An archive's mark that the text ends ("** End of article **", "[End of file]"): the
        // reader's book ends anyway. "The End" of a story is the author's and stays.
        else if (prompt > start && (EndMark().IsMatch(lines[prompt].Trim()) || CopyEndMark().IsMatch(lines[prompt]))) found.Add((prompt, "an archive\u2019s end mark"));
        // The mark framed by rules, its letters spaced out ("-=-=-" / "E N D   O F   F I L E" /
        // "-=-=-"): the frame leaves with it.
        else if (FramedEndMark(lines, start, prompt) is int framed)
            for (var k = framed; k <= prompt; k++) found.Add((k, "an archive\u2019s end mark"));
        // The printout's last page number closing the text ("- 3 -", "Page 3"): no page follows it.
        else if (prompt > start && (DashedNumber().IsMatch(lines[prompt]) || PageAlone().IsMatch(lines[prompt]))) found.Add((prompt, "page numbers"));

        // A typist's initials and date closing the text ("kde 8/92"), before any advert.
        var textEnd = found.Where(f => f.Item2 == "a board\u2019s advert").Select(f => f.Item1).DefaultIfEmpty(end).Min();
        var last = textEnd - 1;
        while (last >= start && string.IsNullOrWhiteSpace(lines[last])) last--;
        if (last > start && TypistMark().IsMatch(lines[last].Trim())) found.Add((last, "a typist\u2019s mark"));
        return found.DistinctBy(f => f.Item1).OrderBy(f => f.Item1).ToList();
    }

    /// <summary>
    /// The first or the last run of lines (between blank lines) when each of its lines is a header
    /// field that only carries a message ("X-Mailer: …", "Keywords: …", "Distribution: world", a
    /// message reader's "Area: CONFERENCE"): what is left of a header the copier cut short. Fields
    /// that name the piece or its writer (From, Subject, Date) are the wrapper's to read, and a
    /// run of fewer such fields inside the text is the text's own.
    /// </summary>
    private static void TransportFieldRuns(List<string> lines, int start, int end, List<(int Line, string What)> found)
    {
        var top = start;
        while (top < end && string.IsNullOrWhiteSpace(lines[top])) top++;
        var topEnd = top;
        while (topEnd < end && !string.IsNullOrWhiteSpace(lines[topEnd])) topEnd++;
        var bottom = end;
        while (bottom > topEnd && string.IsNullOrWhiteSpace(lines[bottom - 1])) bottom--;
        var bottomStart = bottom;
        while (bottomStart > topEnd && !string.IsNullOrWhiteSpace(lines[bottomStart - 1])) bottomStart--;
        foreach (var (from, to) in new[] { (top, topEnd), (bottomStart, bottom) })
            if (to > from && to - from <= TransportFieldLines && Enumerable.Range(from, to - from).All(k => TransportField().IsMatch(lines[k])))
                for (var k = from; k < to; k++) found.Add((k, "message headers"));
    }

    /// <summary>The most lines a cut-short header left at either end may hold.</summary>
    private const int TransportFieldLines = 6;

    /// <summary>"X-Mailer: Eudora 1.3", "Keywords: farming", "Area: POLITICS": a header field that carries a message and says nothing of the piece.</summary>
    [GeneratedRegex(@"^(?:X-[\w-]{1,40}|Area|Keywords|Distribution|Lines|Organi[sz]ation|Newsgroups|Path|Message-ID|Sender|Reply-To|Followup-To|Approved|Expires|NNTP-Posting-Host|MIME-Version|Content-[\w-]{1,30}|Return-Path|Received|Precedence|Errors-To|Xref)[ ]?:[ \t]{1,6}\S.{0,200}$|^(?:References|In-Reply-To)[ ]?:[ \t]{1,6}<.{0,200}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TransportField();

    /// <summary>How far into the text a digest names itself ("NAME Digest", "Today's Topics:").</summary>
    private const int DigestHeadLines = 15;

    /// <summary>The most topics a digest lists (a day's messages of a busy list).</summary>
    private const int MostTopics = 60;

    /// <summary>
    /// A digest's messages (RFC 1153: a mailing list's messages of a day sent as one, each under
    /// its own header, between rules): where the text names itself a digest and two or more of the
    /// header blocks found inside it give a subject, each message is a part of the digest under
    /// its subject. The first line of each such block and its subject; empty for any other text
    /// (a forwarded message or a posting's continued parts keep their headers out, unnamed).
    /// </summary>
    public static List<(int Line, string Subject)> DigestSubjects(List<string> lines, int start, int end, List<(int Line, string What)> found)
    {
        var subjects = new List<(int, string)>();
        // Found in order of lines, a block's lines one after another.
        var headers = found.Where(f => f.What == "message headers").Select(f => f.Line).ToList();
        for (var k = 0; k < headers.Count; k++)
        {
            // The block's first line: the one after a line that is not the block's.
            if (k > 0 && headers[k - 1] == headers[k] - 1) continue;
            for (var next = k; next < headers.Count && headers[next] - headers[k] == next - k; next++)
            {
                var line = headers[next];
                if (SubjectField().Match(lines[line]) is { Success: true } subject && EncodedWords.Decode(subject.Groups["value"].Value.Trim()) is { Length: > 0 } value)
                {
                    subjects.Add((headers[k], value));
                    break;
                }
            }
        }
        return subjects.Count >= 2 && HeadTextLines(lines, start, end).Any(i => DigestName().IsMatch(lines[i]) || TopicsLabel().IsMatch(lines[i])) ? subjects : [];
    }

    /// <summary>The first text lines, where a digest names itself.</summary>
    private static IEnumerable<int> HeadTextLines(List<string> lines, int start, int end) =>
        Enumerable.Range(start, end - start).Where(i => !string.IsNullOrWhiteSpace(lines[i])).Take(DigestHeadLines);

    /// <summary>The last <paramref name="count"/> text lines, last first.</summary>
    private static IEnumerable<int> TailTextLines(List<string> lines, int start, int end, int count)
    {
        for (var (i, taken) = (end - 1, 0); i >= start && taken < count; i--)
            if (!string.IsNullOrWhiteSpace(lines[i])) { taken++; yield return i; }
    }

    /// <summary>Whether line <paramref name="i"/> is a paragraph of its own: blank lines, or the text's ends, around it.</summary>
    private static bool StandsAlone(List<string> lines, int i, int start, int end) =>
        (i == start || string.IsNullOrWhiteSpace(lines[i - 1])) && (i + 1 >= end || string.IsNullOrWhiteSpace(lines[i + 1]));

    /// <summary>
    /// FidoNet's control lines (FTS-4000 "kludges": "^AMSGID: 1:123/456 2c4f1a00", "^APID: …"),
    /// shown when a reader saved them with the message: the control character is gone by now, so a
    /// kludge is known by its name and a node address ("MSGID: zone:net/node"), or by the "@" some
    /// readers print instead; a run of them is taken whole.
    /// </summary>
    private static void EchomailKludges(List<string> lines, int start, int end, List<(int, string)> found)
    {
        for (var i = start; i < end; i++)
        {
            // Read once per line: this loop walks the whole text.
            if (!AddressKludge().IsMatch(lines[i]) && !(lines[i].StartsWith('@') && NamedKludge().IsMatch(lines[i]))) continue;
            var from = i;
            while (from > start && NamedKludge().IsMatch(lines[from - 1])) from--;
            var to = i + 1;
            while (to < end && (NamedKludge().IsMatch(lines[to]) || AddressKludge().IsMatch(lines[to]))) to++;
            for (var k = from; k < to; k++) found.Add((k, "an echomail trailer"));
            i = to - 1;
        }
    }

    /// <summary>
    /// "MSGID: 1:123/456 2c4f1a00", "@REPLY: 2:240/5 …": a FidoNet control line carrying a node
    /// address; and a tosser's "Via 1:123/456 @19940312.210417 FastEcho 1.30" (FTS-4001), the node
    /// and a stamped time, which ends a message as MSGID opens it.
    /// </summary>
    [GeneratedRegex(@"^@?(?:(?:MSGID|REPLY|INTL|FMPT|TOPT):\s{0,3}\d{1,5}:\d{1,5}/\d{1,5}|Via:?\s{1,3}\d{1,5}:\d{1,5}/\d{1,5}\S{0,40}\s{1,3}@\d{8}\.\d{4,6})", RegexOptions.CultureInvariant)]
    private static partial Regex AddressKludge();

    /// <summary>"PID: GEcho 1.00", "@TZUTC: -0500": one of FidoNet's control lines by its name.</summary>
    [GeneratedRegex(@"^@?(?:MSGID|REPLY|INTL|FMPT|TOPT|PID|TID|CHRS|CHARSET|CODEPAGE|TZUTC|TZ|SPLIT|RESCAN|EID|ACUPDATE|Via)\b:?\s.{0,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedKludge();

    /// <summary>"Xref: news.host misc.rural:2231 alt.activism:4411": a news server's cross-references.</summary>
    [GeneratedRegex(@"^Xref:\s{1,3}[\w.-]{1,80}(?:\s{1,3}[\w.+-]{1,80}:\d{1,9}){1,20}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NewsCrossReference();

    /// <summary>"From user@host Fri Mar 12 14:22:10 1993": the line a Unix mailbox sets between messages.</summary>
    [GeneratedRegex(@"^From\s\S{1,100}\s{1,3}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s{1,2}\d{1,2}\s\d{1,2}:\d{2}(?::\d{2})?(?:\s[A-Z]{3,5})?\s\d{4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MailboxSeparator();

    /// <summary>"AREA:POLITICS": the conference an echomail message was carried in, no space after the colon.</summary>
    [GeneratedRegex(@"^AREA:[\w.-]{1,40}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EchomailArea();

    /// <summary>"Category 3,  Topic 12": an information service's bulletin board naming the topic its messages follow.</summary>
    [GeneratedRegex(@"^\s{0,3}Category\s{1,3}\d{1,3},\s{1,3}Topic\s{1,3}\d{1,5}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceTopic();

    /// <summary>"Message 45        Sat Mar 12, 1993": the service's number for a message and its date.</summary>
    [GeneratedRegex(@"^\s{0,3}Message\s{1,3}\d{1,6}\s{2,40}\S.{0,40}\d{4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceMessage();

    /// <summary>"A.WRITER [Ann]               at 14:22 EST": the message's sender (a user name, a real name in brackets) and its time.</summary>
    [GeneratedRegex(@"^\s{0,3}[\w.@-]{1,30}(?:\s\[[^\]]{1,40}\])?\s{2,60}at\s\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?(?:\s[A-Z]{2,4})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceSender();

    /// <summary>"Msg#: 1234  *FARM ISSUES*", "Msg #1234 of 5678": a board's message reader numbering the message.</summary>
    [GeneratedRegex(@"^\s{0,3}Msg\s?#\s?:?\s{0,3}\d{1,7}\b.{0,70}$", RegexOptions.CultureInvariant)]
    private static partial Regex BoardMessageNumber();

    /// <summary>"06-12-93 14:22:10": a date and time alone, as a board's reader sets them.</summary>
    [GeneratedRegex(@"^\s{0,3}\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\s{1,3}\d{1,2}:\d{2}(?::\d{2})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateAndTime();

    /// <summary>
    /// "- 2 -", "-3-" alone on their lines, numbers rising from the second page on: a printout's
    /// page numbers where its pages broke. One such line, or a run from 1, may be a poem's or a
    /// list's own numbering, and stays (the last page's number closing the text is taken apart).
    /// </summary>
    private static void DashedPageNumbers(List<string> lines, int start, int end, List<(int, string)> found)
    {
        var numbered = new List<(int Line, int Number)>();
        for (var i = start; i < end; i++)
            if (lines[i].Length <= 80 && DashedNumber().Match(lines[i]) is { Success: true } m)
            {
                var number = int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (numbered.Count > 0 && number <= numbered[^1].Number) return;
                numbered.Add((i, number));
            }
        if (numbered.Count < 2 || numbered[0].Number < 2) return;
        foreach (var (line, _) in numbered) found.Add((line, "page numbers"));
    }

    /// <summary>"- 3 -", "-3-": a page's number between dashes, alone on its line.</summary>
    [GeneratedRegex(@"^\s{0,60}\p{Pd}[ ]?(?<n>\d{1,4})[ ]?\p{Pd}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DashedNumber();

    /// <summary>"Page 12", "[Page 12]", "- Page 12 -": a printout's page number alone on its line.</summary>
    [GeneratedRegex(@"^\s{0,60}(?:[\p{Pd}\[(]{1,3}[ ]?)?Page[ ]{1,3}\d{1,4}(?:[ ]?[\p{Pd}\])]{1,3})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageAlone();

    /// <summary>"THE TITLE          Page 12", "Page 12          THE TITLE": a printout's running head with the page's number, set apart from it.</summary>
    [GeneratedRegex(@"^\s{0,20}\S.{0,60}?\S[ ]{3,}Page[ ]{1,3}\d{1,4}\s*$|^\s{0,20}Page[ ]{1,3}\d{1,4}[ ]{3,}\S.{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RunningHeadPage();

    /// <summary>Whether the text line before or after <paramref name="i"/> (across a blank line) ends in a page number set apart, as a contents' entries do ("Proof          4").</summary>
    private static bool NextToPageReference(List<string> lines, int i, int start, int end)
    {
        foreach (var step in (ReadOnlySpan<int>)[-1, +1])
        {
            var k = i + step;
            if (k >= start && k < end && string.IsNullOrWhiteSpace(lines[k])) k += step;
            if (k >= start && k < end && PageReference().IsMatch(lines[k])) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\S[ ]{3,}(?:Page[ ]{1,3})?\d{1,4}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageReference();

    /// <summary>"Page 2 of 10", "- Page 2 of 10 -": a printout's page number, the whole line.</summary>
    [GeneratedRegex(@"^\s{0,60}[\p{Pd}\[(]{0,3}\s?Page\s{1,3}\d{1,4}\s{1,3}of\s{1,3}\d{1,4}\s?[\p{Pd}\])]{0,3}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageOfPages();


    /// <summary>
    /// "Typed in by NAME", "Entered into the computer by NAME, 1993.", "[Retyped from the original
    /// by …]", "Scanned and proofread by NAME": who made the electronic copy, the whole line.
    /// </summary>
    [GeneratedRegex(@"^[\s\[(*]{0,6}(?:typed|keyed|entered|re-?typed|re-?keyed|scanned|transcribed|OCR'?e?d|proof-?read|digiti[sz]ed|converted)\b[^.!?]{0,50}?\bby\s\S.{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TranscriberCredit();

    /// <summary>How far from either end a reposter's plea is looked for: the text lines a reposter adds over or under a text.</summary>
    private const int PleaLines = 3;

    /// <summary>"Please distribute", "Reformatted. Please distribute widely.", "PLEASE COPY AND POST", "Please pass this on": a plea to spread the text, the whole line.</summary>
    [GeneratedRegex(@"^[\s*=#>-]{0,12}(?:\w{1,15}\.\s{1,3})?please\s{1,3}(?:copy\s{1,3}and\s{1,3}|feel\s{1,3}free\s{1,3}to\s{1,3})?(?:re-?)?(?:distribute|post|circulate|spread|upload|pass\s{1,3}(?:this|it)\s{1,3}(?:on|along))\b[\w\s,]{0,30}[.!]{0,3}[\s*=#<-]{0,12}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistributionPlea();

    /// <summary>"this file", "these files", "the first of three files": how an archivist, never the text's writer, names the text.</summary>
    [GeneratedRegex(@"\b(?:this|these)\s{1,3}files?\b|\bof\s{1,3}(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,3}files\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisFile();

    /// <summary>"This article was forwarded to the net via …", "The following posting has been cross-posted …": a note on how the piece travelled.</summary>
    [GeneratedRegex(@"\b(?:this|the[ ]{1,3}following)[ ]{1,3}(?:article|posting|post|message|text|document|item|story)[ ]{1,3}(?:was|is|has[ ]{1,3}been)[ ]{1,3}(?:\w{1,12}[ ]{1,3})?(?:forwarded|cross-?posted|re-?posted|uploaded|posted|sent|relayed|captured|downloaded)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PieceTravelled();

    /// <summary>"--8<------8<--", "-- >8 --": a rule with scissors, marking where to cut.</summary>
    [GeneratedRegex(@"^\s*[-=_.~ ]{2,60}(?:8<|>8|\u2702)[-=_.~ 8<>\u2702]{0,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex CutMark();

    /// <summary>
    /// "Uploader's note:", "SYSOP'S NOTE:", "Typist's note:", a moderated group's "[Moderator's
    /// note: …]": a note by whoever put the file up, typed it in or passed it to the group; and a
    /// poster's "** REPOSTED BY REQUEST … **" opening a paragraph.
    /// </summary>
    [GeneratedRegex(@"^\W{0,3}(?:(?:uploader|sysop|co-?sysop|reposter|poster|typist|archivist|moderator)['\u2019]?s?[ ]{1,3}(?:note|comment|remark)s?[ ]?:|re-?posted[ ](?:by[ ]request|with[ ]permission|from[ ]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArchivistNote();

    /// <summary>
    /// A Usenet FAQ's sections, each opened by a line "Subject: 2) A question?" alone between blank
    /// lines (the minimal digest form that lets a newsreader split the FAQ): where two or more such
    /// lines stand outside any header block, each line and its subject. A memo's one "Subject:"
    /// line over its text is no section.
    /// </summary>
    public static List<(int Line, string Subject)> SectionSubjects(List<string> lines, int start, int end, List<(int Line, string What)> found)
    {
        var taken = found.Select(f => f.Line).ToHashSet();
        var subjects = new List<(int, string)>();
        for (var i = start; i < end; i++)
        {
            if (taken.Contains(i) || SubjectField().Match(lines[i]) is not { Success: true } subject) continue;
            var alone = (i == start || string.IsNullOrWhiteSpace(lines[i - 1])) && (i + 1 == end || string.IsNullOrWhiteSpace(lines[i + 1]));
            if (alone && EncodedWords.Decode(subject.Groups["value"].Value.Trim()) is { Length: > 0 } value) subjects.Add((i, value));
        }
        return subjects.Count >= 2 ? subjects : [];
    }

    /// <summary>
    /// A digest's list of topics ("Today's Topics:" over its messages' subjects, down to the rule
    /// that opens the first message): the book's own contents list them. Its lines, or none.
    /// </summary>
    public static List<int> DigestTopics(List<string> lines, int start, int end)
    {
        foreach (var i in HeadTextLines(lines, start, end))
        {
            if (!TopicsLabel().IsMatch(lines[i])) continue;
            var topics = new List<int> { i };
            for (var k = i + 1; k < end && !Recognition.LineSheet.IsRule(lines[k]); k++)
                if (!string.IsNullOrWhiteSpace(lines[k])) topics.Add(k);
            // A list with no rule after it runs into the text: not the digest's list.
            return topics.Count <= MostTopics ? topics : [];
        }
        return [];
    }

    [GeneratedRegex(@"^\s*today'?s\s+topics\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopicsLabel();

    [GeneratedRegex(@"^Subject:\s+(?:(?:Re|Fwd?)\s*:\s*)*(?<value>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectField();

    /// <summary>"RISKS DIGEST 12.3", "Example Digest  Monday, 12 March 1992": a digest's own name at its head (or its <see cref="TopicsLabel"/>).</summary>
    [GeneratedRegex(@"\bdigest\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigestName();

    /// <summary>
    /// A distributor's cover over the text: its first lines, down to one naming the address that
    /// the page furniture repeats on every page ("Bank of Wisdom, Box 926, Louisville, KY 40201"
    /// over a "97 page printout" and its price). The last line of the cover, or null.
    /// </summary>
    public static int? DistributorCover(List<string> lines, int start, int end, IReadOnlyCollection<int> furniture)
    {
        var addresses = furniture.Select(i => lines[i].Trim()).Where(t => t.Length >= 10 && IsPostal(t)).Distinct().ToList();
        if (addresses.Count == 0) return null;
        int? last = null;
        for (var i = start; i < Math.Min(end, start + 15); i++)
            if (!furniture.Contains(i) && addresses.Any(a => lines[i].Contains(a, StringComparison.Ordinal))) last = i;
        return last;
    }

    /// <summary>
    /// A board's path to the file set before the title on the text's first line
    /// ("\\BOARD\\DL\\NAME.TXT      THE TITLE"): the line without it, or null.
    /// </summary>
    public static (int Line, string Without)? LeadingFilePath(List<string> lines, int start, int end)
    {
        var first = start;
        while (first < end && string.IsNullOrWhiteSpace(lines[first])) first++;
        if (first >= end || LeadingPath().Match(lines[first]) is not { Success: true } path) return null;
        return (first, new string(' ', path.Length) + lines[first][path.Length..]);
    }

    // A path with a folder at least (a name alone may be the title), then a gap of spaces.
    [GeneratedRegex(@"^[^\w\\]{0,4}(?:[A-Za-z]:)?\\?(?:[\w$~-]+\\)+[\w$~-]{1,8}\.[A-Za-z][A-Za-z0-9]{0,2}(?=\s{2,}\S)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPath();

    /// <summary>
    /// A board's description of an uploaded file over the text, its parts set between rules
    /// ("FILE:     NAME.TXT" / "AUTHOR:   …" / "SUBJECT:  …" / a rule / "ORIGIN OF UPLOAD: …"):
    /// a part between rules whose lines are all fields (the field's name in capitals, up to three
    /// words) is the description's when it has three fields, or a field named in the board's words
    /// ("ORIGIN OF UPLOAD:", without rules too), or follows such a part across a rule. A part with a line of the text's own (its title under the last rule) is not.
    /// </summary>
    private static void FileDescription(List<string> lines, int start, int end, List<(int, string)> found)
    {
        var afterDescription = false;
        for (var part = start; part < end;)
        {
            var partEnd = part;
            while (partEnd < end && !Recognition.LineSheet.IsRule(lines[partEnd])) partEnd++;
            var count = partEnd - part;
            var allFields = count > 0 && Enumerable.Range(part, count).All(k => DescriptionField().IsMatch(lines[k]));
            // Fields named in small letters ("Uploaded by:", "Date:") are a form's as often as a
            // board's: only the board's own words make them its description.
            var inCapitals = allFields && Enumerable.Range(part, count).All(k => char.IsUpper(lines[k][1]));
            var description = allFields && (((count >= 3 || afterDescription) && inCapitals) || Enumerable.Range(part, count).Any(k => FieldNamesTheBoard(lines[k])));
            if (description)
                for (var k = part; k < Math.Min(end, partEnd + 1); k++) found.Add((k, "the board\u2019s description of the file"));
            if (count > 0) afterDescription = description; // two rules in a row keep what came before
            part = partEnd + 1;
        }
    }

    /// <summary>
    /// The run of the archive's file lines and the rules framing them, read from <paramref name="from"/>
    /// one line at a time in <paramref name="step"/>'s direction within [<paramref name="low"/>, <paramref name="high"/>)
    /// up to a blank line or a line of the text: where it stopped, and how many file lines it held.
    /// </summary>
    private static (int Stop, int FileLines) FileLineRun(List<string> lines, int from, int step, int low, int high)
    {
        var fileLines = 0;
        var k = from;
        for (; k >= low && k < high && !string.IsNullOrWhiteSpace(lines[k]); k += step)
        {
            if (FileLine().IsMatch(lines[k].Trim())) fileLines++;
            else if (!Recognition.LineSheet.IsRule(lines[k])) break;
        }
        return (k, fileLines);
    }

    /// <summary>"ORIGIN OF UPLOAD: A CITY": a field whose name says the board's words (the lexicon's `board`), where a memo's fields ("TO:", "SUBJECT:") say none.</summary>
    private static bool FieldNamesTheBoard(string line)
    {
        var name = line.AsSpan().Trim();
        name = name[..name.IndexOf(':')];
        foreach (var word in name.Split(' '))
            if (Recognition.Lexicon.English.Has("board", name[word])) return true;
        return false;
    }

    /// <summary>"SUBJECT:  A Title", "ORIGIN OF UPLOAD: A CITY", "Uploaded by: A Poster": a field of a board's file description.</summary>
    [GeneratedRegex(@"^(?:[A-Z]{2,}(?: [A-Z]{2,}){0,2}|[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}):\s+\S.*$", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionField();

    /// <summary>The rule that closes a publicity note at the head of the text (see <see cref="Find(List{string}, int, int, out string?)"/>), or null.</summary>
    private static int? PublicityNote(List<string> lines, int start, int end)
    {
        var capitalLines = 0;
        for (var i = start; i < Math.Min(end, start + 40); i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0) continue;
            if (IsStarRule(text))
            {
                if (capitalLines < 3) return null;
                // The piece's byline within a few lines, and mixed case after it.
                var byline = Enumerable.Range(i + 1, Math.Max(0, Math.Min(8, end - i - 1))).Any(k => Markers.Byline().IsMatch(lines[k].Trim()));
                var after = lines.Skip(i + 1).Take(Math.Min(200, end - i - 1)).Where(l => l.Trim().Length > 20).ToList();
                return byline && after.Count >= 5 && after.Count(l => !Markers.IsCapitals(l)) * 2 > after.Count ? i : null;
            }
            if (!Markers.IsCapitals(text)) return null;
            capitalLines++;
        }
        return null;
    }

    /// <summary>
    /// What a distributor set between the text and its imprint, each piece under a rule: its
    /// sales talk, which names the publisher the imprint names ("The Lantern Press is always
    /// looking for …"), a motto, a reminder of the book's title. Read upward from the imprint a
    /// piece at a time, each opened by a rule, while a piece names the publisher or is a few short
    /// lines; taken only when one of them names it, and only as far as the last rule: the text's
    /// own last words, never opened by a rule of that matter, stay. A motto alone (one short line
    /// between a rule and the imprint, "Reproducible publishing defeats censorship.") is taken
    /// without naming it: the text's last words run longer than a line. The lines to leave out.
    /// </summary>
    private static List<int> PublisherMatter(List<string> lines, int start, int imprintStart)
    {
        var taken = new List<int>();
        // The imprint's first line, when it is no address, is the publisher's name.
        var name = lines[imprintStart].Trim();
        if (IsPostal(name) || name.Count(char.IsLetter) < 8 || !name.Contains(' ')) return taken;
        var named = false;
        // The first piece over the imprint when it is one short line: a motto (its line and its rule).
        (int Line, int Rule)? motto = null;
        for (var k = imprintStart - 1; ;)
        {
            var piece = new List<int>();
            bool prose = false, names = false, credits = false;
            for (; k >= start && imprintStart - k <= MatterLines && !IsRuleLine(lines[k]); k--)
            {
                var line = lines[k].Trim();
                if (line.Length == 0) continue;
                piece.Add(k);
                prose |= IsProse(line);
                names |= line.Contains(name, StringComparison.Ordinal);
                credits |= Recognition.Lexicon.English.Has("credit", line.AsSpan(0, line.IndexOf(' ') is > 0 and var space ? space : line.Length));
            }
            // No rule opens this piece within reach: it is the text's own.
            if (k < start || imprintStart - k > MatterLines) break;
            if (taken.Count == 0 && piece is [var only] && !credits && lines[only].Trim().Length <= MottoLength) motto = (only, k);
            if (!names && (piece.Count > 6 || prose)) break;
            named |= names;
            // A reminder of the book crediting its author ("You are reading / TITLE / by / NAME")
            // stays: the author may be named nowhere else.
            if (!credits) taken.AddRange(piece);
            taken.Add(k);
            k--;
        }
        return named ? taken : motto is { } lone ? [lone.Line, lone.Rule] : [];
    }

    /// <summary>The longest motto taken without naming the publisher: as short as an imprint's lines.</summary>
    private const int MottoLength = 60;

    /// <summary>How far above its imprint a distributor's matter may begin (a page of a printout).</summary>
    private const int MatterLines = 60;

    private static bool IsRuleLine(string line) => Recognition.LineSheet.IsRule(line) || IsBorder(line.Trim());

    private static bool IsStarRule(string text) => text.Length >= 3 && text.All(c => c == '*');


    /// <summary>
    /// A board's advert set off from the text by two blank lines or more, at the very end: a short
    /// block (its own sales talk may be prose) that lists two telephone numbers or more.
    /// </summary>
    private static int? AdvertAfterGap(List<string> lines, int start, int end)
    {
        var last = end - 1;
        while (last >= start && string.IsNullOrWhiteSpace(lines[last])) last--;
        for (var i = last; i > start + 1 && last - i < 30; i--)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]) || !string.IsNullOrWhiteSpace(lines[i - 1])) continue;
            var block = lines.Skip(i + 1).Take(last - i).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
            if (block.Count(l => Telephone().IsMatch(l)) >= 2 && block.Count <= 25) return i + 1;
            return null;
        }
        return null;
    }

    /// <summary>How many lines a board's box may hold: a board list of twenty and its sales talk.</summary>
    private const int BoardBoxLines = 60;

    /// <summary>
    /// A board's box at one end of the text (its outer line a border, the same border again within
    /// <see cref="BoardBoxLines"/> inwards) that holds a board's ways to be reached and its words: a
    /// telephone number and a board's word ("Sysop", "baud", "BBS"; a letter-spaced name read as
    /// words), and a third of either (an organisation's box of telephone and fax says no board's
    /// word, and stays). The lines inside may be sentences (its sales talk); the box is the board's
    /// as a whole. Returns its inner border line. A box opening the text must hold no byline (one
    /// that frames the text's own title and byline is read run by run) and have text after it.
    /// </summary>
    private static int? BoardBox(List<string> lines, int start, int end, bool atHead)
    {
        var step = atHead ? 1 : -1;
        var edge = atHead ? start : end - 1;
        while (edge >= start && edge < end && string.IsNullOrWhiteSpace(lines[edge])) edge += step;
        if (edge < start || edge >= end || !IsBorder(lines[edge].Trim())) return null;
        var border = lines[edge].Trim();
        int phones = 0, words = 0;
        for (var k = edge + step; k >= start && k < end && Math.Abs(k - edge) <= BoardBoxLines; k += step)
        {
            var line = lines[k].Trim();
            if (line == border)
                return phones >= 1 && words >= 1 && phones + words >= 3
                    && (!atHead || Enumerable.Range(k + 1, end - k - 1).Any(i => !string.IsNullOrWhiteSpace(lines[i]))) ? k : null;
            if (atHead && Markers.Byline().IsMatch(line.Trim('|', '*', ' '))) return null;
            if (Telephone().IsMatch(line)) phones++;
            words += BoardWords(line) + BoardWords(Unspaced(line));
        }
        return null;
    }

    /// <summary>A letter-spaced line read as words ("T H E   M I L L   B B S" → "THE MILL BBS"); other lines as they are.</summary>
    private static string Unspaced(string line)
    {
        var text = line.Trim('|', '*', ' ');
        var letters = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (letters.Length < 4 || letters.Any(l => l.Length > 1)) return "";
        return string.Join(' ', text.Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace(" ", "")));
    }

    /// <summary>How many runs of lines at each end of the text are looked at for a board's banner.</summary>
    private const int BoardRunsAtEachEnd = 3;

    /// <summary>
    /// The runs of lines (between blank lines) at the head and at the tail of the text, from each
    /// end inwards while they are a board's: at most eight short lines with one of the board's
    /// words and a way to reach the board (a telephone number, a host, a path or a mail address: a board's sales talk
    /// may be sentences), or, where none of the lines is prose, two of its words.
    /// </summary>
    private static IEnumerable<(int From, int To, bool AtHead)> BoardRuns(List<string> lines, int start, int end, HashSet<int> taken)
    {
        var lexicon = Recognition.Lexicon.English;
        bool IsBoards(int from, int to, int reachBelow = 0)
        {
            if (to - from > 8) return false;
            // One line alone that says how the file travelled ("Uploaded to … by …", "Downloaded from …").
            // "Uploaded by NAME" alone credits a person, who may be the only author the text names: it stays.
            if (to - from == 1 && lines[from].Trim().Length <= 100 && IsTransferLine(lines[from])) return true;
            // A board's virus check of the file ("This file passed through … Virus Scan"), or the
            // network that relayed the text alone on a line ("Via NETWORK").
            if (to - from == 1 && (VirusCheck().IsMatch(lines[from]) || RelayLine().IsMatch(lines[from]))) return true;
            // PKZIP's authenticity stamp of the archive the file came in ("-AV Authentic Files
            // Verified # NBW401"), a board's comment around it.
            if (Enumerable.Range(from, to - from).Any(k => lines[k].Length <= 120 && AuthenticityStamp().IsMatch(lines[k]))) return true;
            // Lines that are all the board's own fields ("Sysop: NAME", "Modem: 2400").
            if (Enumerable.Range(from, to - from).All(k => FieldLabel().Match(lines[k]) is { Success: true } label && lexicon.Has("board", label.Groups["label"].ValueSpan)))
                return true;
            // Notes in sequence ("[1] … ftp.host …" / "[2] …") are the text's own list, whatever addresses they cite.
            if (OpensNotesInSequence(lines, from, to)) return false;
            int words = 0, reach = reachBelow;
            var prose = false;
            for (var k = from; k < to; k++)
            {
                var line = lines[k].Trim();
                if (line.Length > 100) return false;
                prose |= IsProse(line);
                if (ReachesABoard(line)) reach++;
                words += BoardWords(line);
                // A modem's speed ("14.4k", "9600bps", "v.32bis") says "board" as its words do, on a
                // line that is no sentence (few words in small letters): a board's tag is often its
                // name's letters, its number and its speed ("-XY@Z/617/555.0142/14.4k-"); in a
                // sentence "14k" may be anything.
                if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsLower(w[0])) < 3) words += ModemSpeed().Count(line);
            }
            // Without a way to reach the board, a run opened by a person's name alone is the writer
            // signing with their role under it ("NAME" / "Sysop, The Mill BBS"): the board's words
            // say who signs, not an advert.
            return words >= 1 && reach >= 1 || words >= 2 && !prose && !(SignatureName().IsMatch(lines[from]) && BoardWords(lines[from]) == 0);
        }
        // Runs end at blank lines and at rules (a banner's box closes before the title under it).
        bool Apart(int k) => string.IsNullOrWhiteSpace(lines[k]) || Recognition.LineSheet.IsRule(lines[k]) || taken.Contains(k);
        // From the head down.
        var i = start;
        for (var run = 0; run < BoardRunsAtEachEnd; run++)
        {
            while (i < end && Apart(i)) i++;
            var j = i;
            while (j < end && !Apart(j)) j++;
            if (j == i || !IsBoards(i, j)) break;
            // A banner that frames the text's own title and byline with where it was fetched
            // ("THE TITLE" / "by NAME" / "Downloaded from … BBS 555-0101"): only its lines that
            // say the board's words or a way to reach it are the board's. Without a way to reach
            // a board or a word of how the file travelled, a board's words there are the text's
            // own title and byline ("THE BOARD'S FAQ" / "by The Sysop"): nothing goes.
            if (j - i > 1 && Enumerable.Range(i, j - i).Any(k => Markers.Byline().IsMatch(lines[k].Trim())))
            {
                if (Enumerable.Range(i, j - i).Any(k => ReachesABoard(lines[k].Trim()) || IsTransferLine(lines[k])))
                    for (var k = i; k < j; k++)
                        if (SaysTheBoard(lines[k].Trim())) yield return (k, k + 1, true);
                break;
            }
            yield return (i, j, true);
            i = j;
        }
        // From the tail up, not into what the head took. A telephone number set alone under the
        // board's name ("( 6 1 7 )  5 5 5  -  0 1 4 2") is the board's when the run above it is.
        var top = i;
        var e = end;
        (int From, int To)? number = null;
        for (var run = 0; run < BoardRunsAtEachEnd; run++)
        {
            while (e > top && Apart(e - 1)) e--;
            var s = e;
            while (s > top && !Apart(s - 1)) s--;
            if (s == e) break;
            if (number is null && e - s == 1 && IsNumberAlone(lines[s]))
            {
                number = (s, e);
                e = s;
                continue;
            }
            // A board's name alone closing the text ("The Mill BBS"), its signature, where a
            // name alone at the head may be the text's title ("THE BBS REVOLUTION").
            if (!IsBoards(s, e, number is null ? 0 : 1) && !(e - s == 1 && IsBoardsName(lines[s]))) break;
            if (number is var (numberFrom, numberTo)) yield return (numberFrom, numberTo, false);
            number = null;
            yield return (s, e, false);
            e = s;
        }
    }

    /// <summary>Whether two lines or more of [<paramref name="from"/>, <paramref name="to"/>) open with note labels, each ranked above the one before ("[1] …", "[2] …").</summary>
    private static bool OpensNotesInSequence(List<string> lines, int from, int to)
    {
        var labels = 0;
        int? previous = null;
        for (var k = from; k < to; k++)
        {
            if (Markers.NoteLine().Match(lines[k].Trim()) is not { Success: true } m || !m.Groups["n"].Success || Markers.LabelRank(Markers.NoteLabel(m)) is not int rank) continue;
            if (previous is int before && rank <= before) return false;
            previous = rank;
            labels++;
        }
        return labels >= 2;
    }

    [GeneratedRegex(@"[\p{L}][\p{L}']*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>A line with a board's word or a way to reach a board.</summary>
    private static bool SaysTheBoard(string line) => ReachesABoard(line) || BoardWords(line) > 0;

    /// <summary>A way to reach a board on the line: a telephone number, a host or a path, a mail address.</summary>
    private static bool ReachesABoard(string line) => Telephone().IsMatch(line) || HostOrPath().IsMatch(line) || EmailLine().IsMatch(line);

    /// <summary>How many of the line's words are a board's own (the lexicon's `board`: "Sysop", "baud", "BBS").</summary>
    private static int BoardWords(string line)
    {
        var count = 0;
        foreach (var word in WordPattern().EnumerateMatches(line))
            if (Recognition.Lexicon.English.Has("board", line.AsSpan(word.Index, word.Length))) count++;
        return count;
    }

    /// <summary>A line saying how the file travelled, opened by one of the lexicon's transfer words (see <see cref="TransferLine"/>).</summary>
    private static bool IsTransferLine(string line) =>
        TransferLine().Match(line) is { Success: true } transfer && Recognition.Lexicon.English.Has("transfer", transfer.Groups["verb"].ValueSpan);

    /// <summary>How many words a board's name alone on its line runs to: "The Temple of the Screaming Electron BBS".</summary>
    private const int BoardNameWords = 8;

    /// <summary>A short line, no sentence, that a word naming a board by itself ends or opens (the lexicon's `board-name`: "The Mill BBS").</summary>
    private static bool IsBoardsName(string line)
    {
        var words = WordPattern().Matches(line.Trim());
        if (words.Count is 0 or > BoardNameWords || line.TrimEnd().EndsWith('.')) return false;
        var lexicon = Recognition.Lexicon.English;
        return lexicon.Has("board-name", words[0].ValueSpan) || lexicon.Has("board-name", words[^1].ValueSpan);
    }

    /// <summary>
    /// "Uploaded to …", "Downloaded from …", "Forwarded via …", "Received via: …", "Originally posted
    /// on …", "This text was downloaded from …": a transfer word (the lexicon's), after the file
    /// named as a file or an adverb of when, then where the file went or came from.
    /// </summary>
    [GeneratedRegex(@"^\W{0,3}(?:(?:this|the)[ ]{1,3}(?:text|file|article|document|posting|post|message)[ ]{1,3}(?:was|is|has[ ]{1,3}been)[ ]{1,3})?(?:(?:originally|first|also)[ ]{1,3})?(?<verb>\p{L}{1,20}(?:-\p{L}{1,20})?)[ ]{1,3}(?:to|from|via|through|off|onto|at|on|in):?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TransferLine();

    /// <summary>A modem's speed: "14.4k", "28.8kbps", "2400bps", "9600 bps", "v.32bis", "V.34".</summary>
    [GeneratedRegex(@"(?<![\w.])(?:\d{1,2}(?:\.\d)?k(?:bps)?|\d{3,5} ?bps|v\.(?:22|32|34|42|90)(?:bis|terbo)?)(?![\w.])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModemSpeed();

    /// <summary>A telephone number and nothing else on the line (punctuation aside).</summary>
    private static bool IsNumberAlone(string line) => Telephone().Match(line) is { Success: true } number && !line.Remove(number.Index, number.Length).Any(char.IsLetterOrDigit);

    /// <summary>"Disclaimer: The opinions expressed are mine alone and not that of my employer.": the whole line a poster's disclaimer.</summary>
    // Source-generated on the backtracking engine: every repeat is bounded and the line is at most 160
    // characters, so a match is linear; a NonBacktracking expression is built at run time in every process.
    [GeneratedRegex(@"^\W*(disclaimer\W*)?(the |these |any |all |my )?(opinions?|views?)\b.{0,60}\b(mine|my own|my|me|the author'?s?)\b.{0,60}\b(employers?|company|organi[sz]ation|university|institution)\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmployerDisclaimer();

    /// <summary>Where a board or archive is reached: a host name ("ftp.eff.org", "well.sf.ca.us") or a path ("/pub/Publications").</summary>
    [GeneratedRegex(@"\b[a-z][\w-]*(\.[\w-]+)+\.(com|org|net|edu|gov|mil|us|uk|ca)\b|(^|\s)/\w+/", RegexOptions.CultureInvariant)]
    private static partial Regex HostOrPath();

    /// <summary>A line of a postal or board address: a street with its number, a box, a city with a ZIP code, a telephone, a mail id.</summary>
    private static bool IsPostal(string line)
    {
        var text = line.Trim();
        return Street().IsMatch(text) || ZipCode().IsMatch(text) || Telephone().IsMatch(text) || MailId().IsMatch(text);
    }

    /// <summary>A line of running text: eight words or more, most of them starting in lower case (names and board listings are capitalised).</summary>
    private static bool IsProse(string line)
    {
        if (Telephone().IsMatch(line)) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 8 && words.Count(w => char.IsLower(w[0])) * 2 >= words.Length;
    }

    /// <summary>A rule or the border of a drawn box: mostly punctuation and box-drawing, few letters.</summary>
    private static bool IsBorder(string line)
    {
        var letters = line.Count(char.IsLetterOrDigit);
        return line.Length >= 10 && letters * 5 <= line.Length && !line.Any(c => c is '.' or ',') ;
    }

    /// <summary>"Subject: …", "Article 2231 of misc.rural:"; "From : NAME", "To   : All" as FidoNet's message editors align their fields.</summary>
    [GeneratedRegex(@"^(?:[A-Z][A-Za-z0-9-]{1,30}[ ]{0,4}:\s+\S.*|Article \d+ of [\w.-]+:?\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderField();

    /// <summary>
    /// The title a labelled rule holds when it reads as a title ("===== The Second Part =====":
    /// one to six words, capitalised, no digits or codes); null for other lines.
    /// </summary>
    public static string? RuleTitle(string line)
    {
        if (!LabelledRule().IsMatch(line)) return null;
        var label = line.Trim().Trim('-', '=', '*').Trim();
        return TitleLabel().IsMatch(label) && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 ? label : null;
    }

    [GeneratedRegex(@"^[A-Z][A-Za-z'\u2019]*(?: [A-Za-z'\u2019]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleLabel();

    /// <summary>
    /// A word between stars that a title runs through ("An INTRODUCTION to" / "****  HYPERSPACE
    /// ****" / "in" / "Your Everyday Life"): the line before breaks off after a small word, or the
    /// line after goes on in lower case. Part of the text, not a marker.
    /// </summary>
    private static bool InSentence(List<string> lines, int i, int start, int end)
    {
        var before = i - 1;
        while (before >= start && i - before <= 2 && string.IsNullOrWhiteSpace(lines[before])) before--;
        var after = i + 1;
        while (after < end && after - i <= 2 && string.IsNullOrWhiteSpace(lines[after])) after++;
        return (before >= start && Markers.EndsWithSmallWord().IsMatch(lines[before].TrimEnd()))
               || (after < end && lines[after].TrimStart() is [char first, ..] && char.IsLower(first));
    }


    /// <summary>The most lines a text's title block frames in rules before its prose ("-=[ TITLE ]=-" over "-=[ by NAME ]=-").</summary>
    private const int FramedTitleLines = 3;

    /// <summary>
    /// A labelled rule among the text's first lines, with a title's words in it ("-=[ Checking In: A
    /// Guide ]=-", "-=[ by A Handle ]=-"): the title block set in the frame a zine or a board's
    /// writers favour, not a mark between parts (a part's code, "----REF1----", has no small letters).
    /// </summary>
    private static bool OpensTheText(List<string> lines, int i, int start)
    {
        var before = 0;
        for (var k = start; k < i; k++)
            if (!string.IsNullOrWhiteSpace(lines[k]) && (++before >= FramedTitleLines || !LabelledRule().IsMatch(lines[k]))) return false;
        // Words as a title sets them: most of them capitalised, no number ("cut here", "end of file",
        // "Posted by: NAME  Date: 12 Mar 1992" are the archive's).
        var label = lines[i].Trim().Trim('-', '=', '*', '[', ']', '(', ')', '<', '>', '{', '}', ' ');
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && label.Any(char.IsLower) && !label.Any(char.IsDigit) && words.Count(w => char.IsUpper(w[0])) * 2 >= words.Length;
    }

    /// <summary>"------ Note headers follow ------", "---Continued in part 2 ---", "----REF1----".</summary>
    // Two dashes before a name with none after are a signature ("--James Zarbock"), not a rule.
    // The rule and the white space around the label are atomic: the label can open with neither (its
    // lookahead wants a letter first), and retried against each other they were quadratic in a long run of spaces.
    [GeneratedRegex(@"^\s*(?:(?>[-=]{3,})(?>\s*)(?=[^-=]*[A-Za-z])\S[^-=]{0,50}?(?>\s*)[-=]*|[-=]{2}(?>\s*)(?=[^-=]*[A-Za-z])\S[^-=]{0,50}?(?>\s*)[-=]{2,}|\*{4,}\s*[A-Z][A-Z ]{1,20}\s*\*{4,})\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex LabelledRule();

    /// <summary>
    /// "<<< End of Part 1 >>>", "*** Part 2 begins here ***", "[End of part one of three]": a
    /// posting's mark where one of its parts ends or the next begins, between marks of its own
    /// on both sides (an author's "END OF PART I." over the next part stays).
    /// </summary>
    [GeneratedRegex(@"^\s{0,40}(?>[^\p{L}\p{N}\s]{1,40})\s?(?:end\s+of\s+part\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+of\s+\w{1,5})?|part\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+of\s+\w{1,5})?\s+(?:begins|ends|starts|follows)(?:\s+here)?)\s?[^\p{L}\p{N}\s]{1,40}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartBoundary();

    /// <summary>"CLOSE THIS FILE", "OPEN FILE \"INTRO-C\"": a text split over files telling its reader which to open next.</summary>
    [GeneratedRegex(@"^\s*(CLOSE|OPEN)\s+(THIS\s+)?FILE\b[^a-z]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FileDirection();

    /// <summary>
    /// "FTP'd from seq1.loc.gov", "File Library.of.Congress/About.LC/LC.history", "FILENAME: INTRO-A",
    /// a file's name or path alone ("NAME.TXT", "\BOARD\DL\NAME.TXT", "C:\BBS\NAME.TXT"), and the name a Usenet
    /// archive files a posting under ("Archive-name: topic/part1"); a board's listing of the file, its
    /// name in capitals and what it holds ("NAME.TXT - A story (12k)"), its fields on one line
    /// ("FILE: NAME.TXT     DATE: 03/12/93"), and a file list's row: name, size, date and what it
    /// holds ("NAME.TXT   12345  04-12-93  A story", the size in groups of digits too: "12,345").
    /// </summary>
    [GeneratedRegex(@"^(FTP'?\u2019?d\s+from\s+\S+|File(name)?:?\s+\S+(?:\s{2,}[A-Za-z]{2,12}:\s{0,3}\S+){0,4}|FILENAME:\s*\S+|Archive-name:\s*\S+|(?:[A-Za-z]:)?[\\/]?(?:[\w$~-]+[\\/])*[\w$~-]{1,8}\.[A-Za-z][A-Za-z0-9]{0,2}|(?-i:[A-Z0-9_$~-]{2,8}\.[A-Z][A-Z0-9]{0,2})\s{1,3}[-\u2013\u2014:]\s{1,3}\S.{0,100}|(?-i:[A-Z0-9_$~-]{2,8}\.[A-Z][A-Z0-9]{0,2})[ \t]{1,12}(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,9})[kK]?[ \t]{1,6}\d{1,2}[-/]\d{1,2}[-/]\d{2,4}(?:[ \t]{1,6}\S.{0,100})?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileLine();

    /// <summary>An e-mail address or a host name alone: "pinknoiz@well.sf.ca.us", "coviciccs.covici.com".</summary>
    [GeneratedRegex(@"^\s*([\w.+-]+@[\w-]+(\.[\w-]+)+|[a-z][\w-]*(\.[\w-]+)*\.(com|org|net|edu|gov|mil)|[\w.+-]+@[\w-]+(\.[\w-]+)+\s*\(.*\))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"^\s*-{0,2}\s*[A-Z][a-z]+(\s+[A-Z]\.?)?(\s+[A-Z][a-z'-]+){1,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureName();

    /// <summary>
    /// A line opening a note with its label and its words: "[1] The …", "(2) See …", "3. As …".
    /// Narrower than <see cref="Markers.NoteLine"/> on purpose: under a signature, "(503) 555-0199"
    /// is the poster's telephone, so the note's text must open with a word.
    /// </summary>
    [GeneratedRegex(@"^\s{0,8}(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\.)\s+[""\u201C(]?\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex NoteOpening();

    /// <summary>The line that opens a signature in mail and news: two dashes, alone.</summary>
    [GeneratedRegex(@"^\s*--\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureSeparator();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailLine();

    [GeneratedRegex(@"^(\d{1,6}\s+([A-Za-z.]+\s+){1,4}(COURT|CT|STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|DRIVE|DR|LANE|LN|WAY|PLACE|PL)\.?|(P\.?\s?O\.?\s+)?Box\s+\d+\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Street();

    [GeneratedRegex(@"\b[A-Z]{2}\s+\d{5}(-\d{4})?$|\b\d{5}-\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex ZipCode();

    /// <summary>"* Origin: A BOARD 555-1234 (1:234/56.7)": an echomail message's origin line, closed by the node's address.</summary>
    [GeneratedRegex(@"^\s*\*\s*Origin:.*\(\s*\d{1,5}:\d{1,5}/\d{1,5}(?:\.\d{1,5})?(?:@\w+)?\s*\)\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EchomailOrigin();

    /// <summary>A conference system's line about the message it carries: its number in the conference, who wrote it where and when, where it ends.</summary>
    // Two dresses of one system's lines: between "** … **" and between "/* … */" (its reply
    // markers "/* Endreplies */" too), and the message's topic it puts in either ("** Topic: … **",
    // "/* ---------- "…" ---------- */"), which <see cref="ConferenceTopic"/> reads as the title.
    [GeneratedRegex(@"^\s*(?:/\*\*\s?[\w.-]{1,60}:\s?[\d.]{1,12}\s?\*\*/|(?:\*\*|/\*)\s?Written\s{1,4}[^*]{1,60}?\bby\s[\w.:-]{1,40}\sin\s[\w-]{1,20}:[\w.-]{1,60}\s?(?:\*\*|\*/)|(?:\*\*|/\*)\s?End of text from\s[\w-]{1,20}:[\w.-]{1,60}\s?(?:\*\*|\*/)|/\*\s?End\s?replies\s?\*/|(?<topic>\*\*\s?Topic:\s?(?<title>[^*]{1,160}?)\s?\*\*|/\*\s?-{3,}\s?""(?<title>[^""]{1,160})""\s?-{3,}\s?\*/))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConferenceHeader();

    /// <summary>"13 page printout", "32 page printout, pages 24 to 55 of 322": a distributor's count of the pages its printout of the text takes.</summary>
    [GeneratedRegex(@"^\s*[\[(]?\d{1,4} pages? printout(?:, pages \d{1,5} to \d{1,5} of \d{1,5})?[\])]?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrintoutCount();

    /// <summary>
    /// The topic a conference system gave the message it carried, in its lines over the text
    /// (see <see cref="ConferenceHeader"/>): the message's title, or null.
    /// </summary>
    public static string? ConferenceTopic(List<string> lines, int start, int end)
    {
        foreach (var i in HeadTextLines(lines, start, end).Take(4))
            if (ConferenceHeader().Match(lines[i]) is { Success: true } header && header.Groups["title"].Success)
                return header.Groups["title"].Value.Trim();
        return null;
    }

    /// <summary>"--- Blue Wave/QWK v2.12", "--- Maximus 2.01wb", "___ Blue Wave/QWK v2.12" (a reader that keeps "---" for the board's own): a tear line naming the program that wrote the message, with its version.</summary>
    [GeneratedRegex(@"^\s*(?:---|___)[ ]{1,2}[\w/+.-]{1,20}(?:[ ][\w/+.-]{1,20}){0,2}[ ]v?\d{1,2}(?:\.\d{1,3}){1,2}[a-zA-Z]{0,3}(?:[ ][\w/+.-]{1,12}){0,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ProgramTear();

    /// <summary>"-AV Authentic Files Verified! # NBW401": PKZIP's stamp on an archive its maker registered.</summary>
    [GeneratedRegex(@"(?:^|\s)-AV\b.{0,20}\bauthentic|\bauthentic[ ]files?[ ]verified\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthenticityStamp();

    /// <summary>" X OLX 2.1 TD X": a line framed by an "X" each side holding a program's version.</summary>
    [GeneratedRegex(@"^\s{0,3}X[ ]{1,2}[^\r\n]{0,60}?\b\d{1,2}\.\d{1,3}[a-zA-Z]{0,2}\b[^\r\n]{0,30}?[ ]X(?:[ ].{0,120})?$", RegexOptions.CultureInvariant)]
    private static partial Regex FramedByX();

    /// <summary>"... Taglines are for …": an offline reader's tagline, opened by three dots.</summary>
    [GeneratedRegex(@"^\s*\.\.\.[ ]\S.{0,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex DotTagline();

    /// <summary>"This file passed through SEA's Virus Scan", "Scanned for viruses by …": a board's check of the file it offered.</summary>
    // Source-generated, every repeat bounded: a NonBacktracking expression is built at run time, in every process that meets one line alone at an end.
    [GeneratedRegex(@"^\W{0,3}(?:this[ ]{1,3}file[ ]{1,3})?(?:has[ ]{1,3}been[ ]{1,3}|was[ ]{1,3})?(?:passed[ ]{1,3}through|scanned|checked|tested)\b.{0,60}\bvirus(?:es)?\b.{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VirusCheck();

    /// <summary>
    /// "Via NETWORK NAME", "Sent via BOARD, CITY": the network or board that relayed the text, alone
    /// on its line. Two words at least after "Via": a title of one ("Via Dolorosa") stays.
    /// </summary>
    [GeneratedRegex(@"^\s*(?i:(?:sent|relayed|forwarded|posted)[ ]{1,3})?(?i:via)[ ]+(?:the[ ]{1,3})?[A-Z][\w'-]{1,30}(?:[ ][\w'-]{1,30}){1,3}(?:,[ ]{1,3}[\w'-]{1,30}(?:[ ][\w'-]{1,30}){0,3}){0,3}\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RelayLine();

    /// <summary>"Sysop: NAME": a one-word label and its value.</summary>
    [GeneratedRegex(@"^\s*(?<label>\p{L}{2,20})\s?:[ ]+\S", RegexOptions.CultureInvariant)]
    private static partial Regex FieldLabel();

    /// <summary>
    /// "(continued in PART2.TXT)", "Continued in the next file", "continued from part 1", "Continued in
    /// The Work, Part 2", "(Continued to next message)", "continued next message", "continued on
    /// page 4": a text split over files, messages or pages pointing to the next or last (the line
    /// opens with "continued" and closes on the part's number: prose that continues goes on).
    /// </summary>
    [GeneratedRegex(@"^[ \t]{0,60}\W{0,4}(?:to\s+be\s+)?continued\s+(?:(?:(?:in|on|from|to)\s+)?(?:the\s+)?(?:next|previous)\s+(?:file|part|message|post(?:ing)?|page)|(?:in|on|from|to)\s+(?:the\s+)?(?:part\s+\w{1,6}|page\s+\d{1,4}|file\s+\S{1,40}|[\w$~-]{1,8}\.[A-Za-z0-9]{1,3}|(?:[\w'\u2019"",:.-]{1,30}[ ]{1,3}){1,8}(?:part|no\.?|number|vol\.?|volume)[ ]{0,3}[\w#]{1,6}))\W{0,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinuedElsewhere();

    /// <summary>"Begin forwarded message:", "----- End of forwarded message -----", "Forwarded message follows".</summary>
    [GeneratedRegex(@"^[^\p{L}]{0,30}(?:(?:begin|start|end)\s+(?:of\s+)?)?forwarded\s+(?:message|text|article|mail|letter)(?:\s+follows)?[^\p{L}]{0,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ForwardingMark();

    /// <summary>"Article 2231 of misc.rural:": the line a newsreader saved over a posting.</summary>
    [GeneratedRegex(@"^\s*Article\s+\d{1,9}\s+of\s+[\w.+-]{1,80}:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NewsArticleLine();

    /// <summary>The most lines a poster's signature takes (netiquette asked for four; boards' were longer).</summary>
    private const int SignatureLines = 8;

    /// <summary>What marks a line as a signature's: an address, a telephone, a rule of symbols, a column gap, a far indent, an attribution ("-- NAME").</summary>
    private static bool HasSignatureMark(string line)
    {
        if (line.Length > LongestSignatureLine) return false;
        var text = line.Trim();
        return EmailLine().IsMatch(line) || HostOrPath().IsMatch(line) || BangPath().IsMatch(line) || Telephone().IsMatch(line) || IsBorder(text)
               || ColumnGap().IsMatch(text) || line.Length - line.TrimStart().Length >= 20 || Attribution().IsMatch(text);
    }

    /// <summary>The longest line a signature holds (two columns on a wide screen); longer lines are text, and are not searched.</summary>
    private const int LongestSignatureLine = 200;

    /// <summary>The most lines a signature closing the text with no delimiter takes.</summary>
    private const int ClosingSignatureLines = 4;

    /// <summary>
    /// The name opening a signature's first line, before its other column or the address beside
    /// it ("NAME      | motto", "-* NAME *-    x@y.org"), or null where the line opens with no name.
    /// </summary>
    /// <param name="besideIt">Whether something must stand beside the name: without a delimiter over
    /// it, a name alone closing the text is the author's sign-off, read elsewhere.</param>
    private static string? SignatureLineName(string line, bool besideIt)
    {
        if (line.Length > LongestSignatureLine) return null;
        var cut = line.Length;
        if (ColumnGap().Match(line) is { Success: true } gap) cut = Math.Min(cut, gap.Index + 1);
        if (EmailLine().Match(line) is { Success: true } mail) cut = Math.Min(cut, mail.Index);
        if (BangPath().Match(line) is { Success: true } path) cut = Math.Min(cut, path.Index);
        if (besideIt && cut == line.Length) return null;
        var name = line[..cut].Trim().Trim('-', '*', ' ', '|');
        return SignatureName().IsMatch(name) ? name : null;
    }

    /// <summary>"...!uunet!farm!ann": a UUCP path to the poster.</summary>
    [GeneratedRegex(@"(?:^|(?<=\s))[\w.-]{0,40}![\w.-]{1,40}![\w.!-]{1,80}", RegexOptions.CultureInvariant)]
    private static partial Regex BangPath();

    /// <summary>Two columns on one line: words, four spaces or more, words.</summary>
    [GeneratedRegex(@"\S[ ]{4,}\S", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnGap();

    /// <summary>"-- Ralph Nader, 1992": a quotation's attribution.</summary>
    [GeneratedRegex(@"^-{1,2}\s*[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    /// <summary>"-30-", "###", "(END)", "EOF": a newsroom's, a pager's or a program's mark that the copy ends, the whole last line.</summary>
    [GeneratedRegex(@"^\s*(?:-[ ]?30[ ]?-|#[ ]?#[ ]?#|\(END\)|[<\[(*]?EOF[>\])*]?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CopyEndMark();

    /// <summary>How many runs of lines at the head a press release's lines for editors may take, and how long each.</summary>
    private const int PressReleaseRuns = 3, PressReleaseRunLines = 6;

    /// <summary>"FOR IMMEDIATE RELEASE", "For release: March 3, 1993", "EMBARGOED UNTIL …", "NEWS RELEASE": a press release's mark, the whole line.</summary>
    [GeneratedRegex(@"^\W{0,4}(?:for\s+(?:immediate\s+)?release\b.{0,40}|embargoed\b.{0,60}|(?:news|press)\s+release\b.{0,40})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PressReleaseMark();

    /// <summary>"Contact: NAME (555) 555-0142", "MEDIA CONTACTS:": the people a release's editors may call.</summary>
    [GeneratedRegex(@"^\s*(?:media\s+|press\s+)?contacts?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactField();

    /// <summary>"--- PROGRAM 1.0": the tear line over the origin line.</summary>
    [GeneratedRegex(@"^\s*---(?: \S.*)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EchomailTear();

    /// <summary>"SEEN-BY: 1/2 3/4", "\u0001PATH: 1/2": echomail control lines after the origin.</summary>
    [GeneratedRegex(@"^\s*\u0001?(?:SEEN-BY|PATH):", RegexOptions.CultureInvariant)]
    private static partial Regex EchomailControl();

    [GeneratedRegex(@"^(CIS|CompuServe|FidoNet|Fido)\s*:?\s*[\d:/,.]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailId();

    [GeneratedRegex(@"\b[\w-]+\.(ZIP|zip|TXT|txt|DOC|doc|EXE|exe|ARC|arc)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    [GeneratedRegex(@"\belectronic\b|\bdownload", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ElectronicEdition();

    [GeneratedRegex(@"^[a-z]{2,4}\s+\d{1,2}/\d{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex TypistMark();

    /// <summary>"[ Reply ] [ Next ] [ Previous ] [ Index ]", "[Home] [Up] [Next]": three to ten commands of a word or three, each in brackets, and nothing else on the line.</summary>
    [GeneratedRegex(@"^\s*(?:\[[ ]?\p{L}[\w'-]{0,15}(?:[ ][\w'-]{1,15}){0,2}[ ]?\][ ]{0,4}){3,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex NavigationRow();

    /// <summary>
    /// "Press <CR> !", "Press [ENTER] to continue...", "Hit any key to continue", "Press RETURN for
    /// more"; a pager's "[More]", "-- More --(45%)", "More? (Y/n)": a terminal's prompt, the whole
    /// line ("more" alone is a word, so it stands between a pager's marks or before its choices).
    /// </summary>
    [GeneratedRegex(@"^(?:[\[(]?(?:press|hit|strike)\s+(?:[<\[]\s*(?:cr|return|enter)\s*[>\]]|(?:the\s+)?(?:any\s+key|return|enter|space(?:\s*bar)?))(?:\s+(?:key\s+)?(?:to|for)\s+(?:continue|more))?\s*[!.:\])]*|\[[ ]?more[ ]?\]|<[ ]?more[ ]?>|-{1,2}[ ]?more[ ]?-{1,2}(?:[ ]?\(\d{1,3}%\))?|more\??[ ]?[\[(]y(?:es)?[/,][ ]?n(?:o)?(?:[/,][ ]?\w{1,4}){0,2}[\])][ ]?\??)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PagerPrompt();

    /// <summary>The first line of an end mark between rules that closes the text at <paramref name="last"/> (its rule), or null.</summary>
    private static int? FramedEndMark(List<string> lines, int start, int last)
    {
        var mark = last;
        while (mark > start && Recognition.LineSheet.IsRule(lines[mark]) && last - mark < 2) mark--;
        if (mark == last || mark <= start || !EndMark().IsMatch(Passes.TitleZone.Clean(lines[mark]))) return null;
        return mark - 1 > start && Recognition.LineSheet.IsRule(lines[mark - 1]) ? mark - 1 : mark;
    }

    /// <summary>"** End of article **", "[End of file]", "End of Example Digest" (RFC 1153's last line).</summary>
    [GeneratedRegex(@"^[^\p{L}\p{N}]*end\s+of\s+(?:the\s+)?(?:article|file|text|document|message|transmission|posting|post|[\w.:' -]{1,60}\bdigest\b[\w.: -]{0,20})[^\p{L}\p{N}]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndMark();

    // "END: REF2", "BEGIN REF3", "...START TEXTS": a colon or white space after the word, which
    // leaders may open. The runs of white space are atomic: as three overlapping \s* they were
    // retried against each other, quadratic in a long run.
    [GeneratedRegex(@"^(?>[\s.:>*=-]*)(BEGIN|START|END)(?:(?>\s*):|(?>\s+))(?>\s*)[\w.-]+\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex PartMarker();

    /// <summary>"(617) 555-0142", "617/555.0142", and letter-spaced as a banner sets it: "( 6 1 7 )  5 5 5  -  0 1 4 2".</summary>
    [GeneratedRegex(@"\(?\b\d{3}\)?[-/. ]{1,2}\d{3}[-/.]\w{4}\b|\(?[ ]{0,2}\d(?:[ ]{1,2}\d){2}[ ]{0,2}\)?[ ]{1,4}\d(?:[ ]{1,2}\d){2}[ ]{0,4}-[ ]{0,4}\d(?:[ ]{1,2}\d){3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Telephone();

    /// <summary>
    /// A board's prompt captured with the text: a menu's options ("Files: (1-36,?,Q) :"), a pager's
    /// "-- More --", a "Continue? (Y/n)", a message reader's keyed choices ("(N)ext, (R)eply,
    /// (Q)uit? N", "[N]onstop, [Q]uit, [C]ontinue?"), a file area's number and range ("[1] Files (1-45):"). The whole line, short. Every repeat is bounded and the
    /// expression anchored, so the backtracking engine (source-generated, nothing built at start-up)
    /// takes time linear in the line, like the tagline's and the marks' below.
    /// </summary>
    [GeneratedRegex(@"^.{0,40}[(\[](?<options>(?:[\w?]{1,5}(?:-\w{1,5})?,){2,6}[\w?]{1,5})[)\]][ ]?[:?>]?\s*$|^\s*-{1,3}[ ]?more[ ]?-{1,3}.{0,20}$|^\s*(?:more|continue)[ ]?\??[ ]?[(\[][ ]?y[ ]?[/,][ ]?n[^)\]]{0,8}[)\]][ ]?\??\s*$|^\s*(?:[(\[]\w[)\]]\w{0,12}(?:[ ]\w{1,12})?,?[ ]{1,3}(?:or[ ]{1,3})?){1,8}[(\[]\w[)\]]\w{0,12}(?:[ ]\w{1,12})?[ ]?[?:>][ ]?\w{0,3}\s*$|^.{0,50}\[[ ]?time[ ]left:?[ ]{0,2}\d{1,4}(?:[ ]?min\w{0,5})?[ ]?\].{0,40}$|^.{0,40}\(\?[ ]?=[ ]?(?:menu|help)\)[ ]?:.{0,5}$|^\s*\[\d{1,4}\][ ]{1,3}[\w ]{1,30}:?[ ]{0,3}\(\d{1,4}-\d{1,4}[^)]{0,20}\)[ ]?[:?>]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoardPrompt();

    /// <summary>"ATDT 5550129", "CONNECT 14400/ARQ/V32BIS", "NO CARRIER": what a modem printed in a captured session, the whole line, in its capitals.</summary>
    [GeneratedRegex(@"^\s*(?:NO[ ]CARRIER|ATD[TP][ ]?[\d ,()\-]{3,30}|CONNECT[ ]\d{3,5}(?:/[\w.]{1,12}){0,6})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ModemLine();

    /// <summary>
    /// A board's prompt: a menu's options offer help ("?") or a range of items ("1-36"); a list
    /// closing a short line of prose ("in tables (4,5,6)") offers neither.
    /// </summary>
    private static bool IsBoardPrompt(string line) =>
        BoardPrompt().Match(line) is { Success: true } prompt
        && (!prompt.Groups["options"].Success || prompt.Groups["options"].Value.Contains('?') || prompt.Groups["options"].Value.Contains('-'));

    /// <summary>
    /// "* SLMR 2.1a * Never argue with …", "■ OLX 2.1 TD ■ …": the tagline an offline mail reader
    /// put under a message it sent, its name and version between two marks.
    /// </summary>
    [GeneratedRegex(@"^\s*[*\u25A0\u00FE\u00B7+][ ]{1,2}[A-Z][\w/+.-]{1,14}(?:[ ][\w/+.-]{1,14})?[ ]v?\d{1,2}(?:\.\d{1,3}){1,2}[a-zA-Z\u00DF]?(?:[ ]\w{1,10})?[ ]{1,2}[*\u25A0\u00FE\u00B7+#](?:\s.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ReaderTagline();

    /// <summary>"START OF FILE", "*** Beginning of the article ***": an archive's mark that the text begins.</summary>
    [GeneratedRegex(@"^[^\p{L}\p{N}]*(?:start|begin(?:ning)?)\s+of\s+(?:the\s+)?(?:article|file|text|document|message|transmission|posting|post)[^\p{L}\p{N}]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartMark();

}
