using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

/// <summary>
/// The title of a text whose first lines are not its title block: an archive's file line, a
/// banner, a cover note before a rule, an uploader's letterhead. Looks through the head of the
/// text for the line that is shaped most like a title (set apart: centred, in capitals, alone;
/// not a file name, a banner or an address) and best placed (followed by a byline or a name, near
/// the top), and reads the title's continuation, subtitle and author around it.
/// </summary>
internal static partial class TitleZone
{
    /// <summary>How many paragraphs into the text a title may stand.</summary>
    private const int Depth = 25;

    public sealed record Found(int Index, int End, string Title, string? Subtitle, string? Author, int AuthorIndex);

    public static Found? Find(List<Block> blocks)
    {
        Found? best = null;
        var bestScore = 0;
        for (var i = 0; i < Math.Min(Depth, blocks.Count - 1); i++)
        {
            if (blocks[i] is not Paragraph p) continue;
            var text = Clean(p.PlainText);
            if (!TitleShaped(text) || IsRubric(text)) continue;
            var score = (p.Centred ? 2 : 0) + (Markers.IsCapitals(text) ? 2 : 0) + (i == 0 ? 1 : 0) - i / 6;
            // The title's further lines: centred or capital lines that go on from it (no full stop between).
            var end = i;
            var title = text;
            while (end + 1 < blocks.Count && end - i < 2 && blocks[end + 1] is Paragraph more && !title.EndsWith('.')
                   && ContinuesTitle(p, more, Clean(more.PlainText)) && !Junk().IsMatch(more.PlainText.Trim()))
            {
                end++;
                title += " " + Clean(more.PlainText);
            }
            var (author, authorIndex, subtitle, _) = AuthorAfter(blocks, end);
            if (author is not null) score += 4;
            // A credit over the title ("Posted by NAME" or "By NAME" / "THE TITLE") says as much as a
            // byline under it; so does a rubric ("EDITORIAL" / "THE TITLE"): the kind of piece, then its title.
            if (i > 0 && blocks[i - 1] is Paragraph above && CreditsOrNamesKind(Clean(above.PlainText))) score += 4;
            if (score > bestScore)
            {
                bestScore = score;
                best = new Found(i, end, title, subtitle, author, authorIndex);
            }
        }
        return bestScore >= 3 ? best : null;
    }

    /// <summary>"EDITORIAL", "NEWS ANALYSIS", "*** GUEST COLUMN ***": a rubric alone on its line, the lexicon's rubric words only.</summary>
    internal static bool IsRubric(string text)
    {
        var words = text.Trim('*', '-', '=', ' ', ':').Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && words.All(word => Readers.PlainText.Recognition.Lexicon.English.Has("rubric", word.TrimEnd(':')));
    }

    /// <summary>
    /// "Posted by NAME", "Submitted by NAME", "Sent in by NAME", "Written and compiled by NAME": a
    /// credit standing over the title, as a poster or an editor put it first (the lexicon's credit
    /// words, then "by" and more); a byline, not the title's first line.
    /// </summary>
    internal static bool IsCreditLine(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var k = 0;
        while (k < Math.Min(words.Length, 4) && (Readers.PlainText.Recognition.Lexicon.English.Has("credit", words[k].TrimEnd(':')) || words[k] is "and" or "&" or "in")) k++;
        return k > 1 && k < words.Length && words[k - 1].TrimEnd(':').Equals("by", StringComparison.OrdinalIgnoreCase);
    }

    private static bool CreditsOrNamesKind(string line) => IsCreditLine(line) || Markers.Byline().IsMatch(line) || IsRubric(line);

    /// <summary>A byline ("by X", or "by" alone over the name), or a name on its own line, within the next few lines; a subtitle may stand between.</summary>
    public static (string? Author, int Index, string? Subtitle, bool SaidBy) AuthorAfter(List<Block> blocks, int end)
    {
        string? subtitle = null;
        for (var j = end + 1; j < Math.Min(blocks.Count, end + 7); j++)
        {
            if (blocks[j] is not Paragraph p) break;
            var text = Clean(p.PlainText);
            if (Markers.StartsItem(text) || TitleBlockPass.IssueLine().IsMatch(text)) break; // "I. One": a contents entry or a list, not a name; an issue's number
            var by = ByLine().Match(text);
            if (by.Success && by.Groups["name"].Value.Length > 0 && WithoutTail(by.Groups["name"].Value.Trim()) is var credited && !OpensSentence(credited)) return (credited, j, subtitle, true);
            if (by.Success && j + 1 < blocks.Count && blocks[j + 1] is Paragraph next && IsCredited(Clean(next.PlainText)))
            {
                // "Prepared by:" over an organisation and a person: every name line under it.
                var names = new List<string>();
                var stacked = false;
                var k = j + 1;
                // Names stacked with "and" alone between them ("by" / "Ann Writer" / "and" / "Bob Poster") are each credited.
                for (; k < blocks.Count && names.Count < 4 && blocks[k] is Paragraph name; k++)
                {
                    var nameText = Clean(name.PlainText);
                    if (IsCredited(nameText)) names.Add(nameText.TrimEnd(',', '.'));
                    else if (nameText is "and" or "&" && names.Count > 0 && k + 1 < blocks.Count && blocks[k + 1] is Paragraph following && IsCredited(Clean(following.PlainText))) stacked = true;
                    else break;
                }
                return (stacked ? string.Join(" and ", names) : string.Join(", ", names), k - 1, subtitle, true);
            }
            if (NoFunctionWords(text) && (NameLine().IsMatch(text) && !Markers.IsCapitals(text.Replace(".", "")) || NameLine().IsMatch(text) && text.Contains('.')))
                return (text.TrimEnd(',', '.'), j, subtitle, false);
            // Lines of the title page between the title and its byline: the first is the subtitle.
            // A subtitle broken over lines ("… Proof for" / "A Dynamic … Sun") is joined.
            if (TitleShaped(text) && text.Length < 80) { subtitle = subtitle is null ? text : subtitle + " " + text; continue; }
            break;
        }
        return (null, -1, subtitle, false);
    }

    /// <summary>The most words a name in small letters runs to after "by": a handle or a name so written ("by jimbo", "by bell hooks").</summary>
    private const int LongestSmallLetterName = 3;

    /// <summary>
    /// What follows "by" is a sentence's words, not a name: "by the time my grandmother got her
    /// first telephone" opens the text's first paragraph. A name in small letters is short (a
    /// body's name after "the" is in capitals: "the Committee for …"); no name, of a person or a
    /// body, runs past a dozen words.
    /// </summary>
    private static bool OpensSentence(string name)
    {
        var words = Words.Count(name);
        var named = ArticleOpening().Replace(name, "");
        return words > 12 || named.Length > 0 && char.IsLower(named[0]) && words > LongestSmallLetterName;
    }

    [GeneratedRegex(@"^(?:the|an?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleOpening();

    private static bool ContinuesTitle(Paragraph first, Paragraph next, string text) =>
        TitleShaped(text) && first.Centred == next.Centred && Markers.IsCapitals(Clean(first.PlainText)) == Markers.IsCapitals(text)
        && !ByLine().IsMatch(text) && !NameLine().IsMatch(text) && Dates.Parse(text) is null;

    public static bool LooksLikeTitle(string text) => TitleShaped(Clean(text));

    /// <summary>An archive's, a file system's or a board's line, or a banner of symbols.</summary>
    public static bool IsJunk(string text)
    {
        var clean = Clean(text);
        return Junk().IsMatch(clean) || clean.Count(char.IsLetter) * 10 < clean.Length * 6;
    }

    /// <summary>Short, mostly letters, not a sentence's end, not an archive's or a site's line.</summary>
    private static bool TitleShaped(string text)
    {
        if (text.Length is < 3 or > 100 || Words.Count(text) > 14) return false;
        if (text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('\u2026')) return false; // trails off: a sentence, not a title
        if (Junk().IsMatch(text) || Dates.Parse(text) is not null || ByLine().IsMatch(text) || Markers.CopyrightNotice().IsMatch(text)) return false;
        var letters = text.Count(char.IsLetter);
        if (letters * 10 < text.Length * 6) return false; // a banner of stars, a phone number, a rule
        var first = text.TrimStart('"', '\'', '\u201C', '\u2018');
        return first.Length > 0 && (char.IsUpper(first[0]) || char.IsDigit(first[0])) && text[^1] is not (',' or ';' or ':');
    }

    /// <summary>"I N V I S I B L E   C O N T R A C T S" → "INVISIBLE CONTRACTS"; runs of spaces → one.</summary>
    public static string Clean(string text)
    {
        text = text.Trim();
        if (Starred().Match(text) is { Success: true } starred) text = starred.Groups["words"].Value; // "****  HYPERSPACE  ****"
        if (LetterSpaced().IsMatch(text))
            text = string.Join(' ', WideGap().Split(text).Select(word => word.Replace(" ", "")));
        text = WideGap().Replace(text, " ");
        // The file's own name set after its title ("A PRIMER [PRIMER.TXT]") is the archive's, not the title's.
        text = TrailingFileName().Replace(text, "");
        // A title set in quotation marks as a whole ("\"The Title\"", "``The Title''") is shown without them, as a title page sets it.
        return Quoted().Match(text) is { Success: true } quoted ? quoted.Groups["words"].Value : text;
    }

    [GeneratedRegex(@"^(?:""|\u201C|``)(?<words>[^""\u201C\u201D`]*[^""\u201C\u201D`'\s])(?:""|\u201D|'')$", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    /// <summary>" [NAME.TXT]", " (NAME.ZIP)": a DOS file name (eight and three) in brackets closing the line.</summary>
    [GeneratedRegex(@"\s*[\[(][A-Za-z0-9_$&#!-]{1,8}\.[A-Za-z0-9]{1,3}[\])]$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingFileName();

    [GeneratedRegex(@"^\*{3,}\s*(?<words>[^*]+?)\s*\*{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Starred();

    /// <summary>
    /// The title as the book shows it: without the frame of marks a board set it in. Only the words
    /// shown change: which line is the title is decided on the line as it stands (a framed line is
    /// a banner as often as a title, and measured so, taking the frame off in that decision cost a
    /// title on the validation split).
    /// </summary>
    public static string Displayed(string title)
    {
        var clean = Clean(title);
        clean = Unframed(clean) ?? clean;
        // A reply's or a form's label before the words ("Re: TITLE", "SUBJECT: TITLE") is the
        // message's, not the title's.
        return Markers.SubjectLabel().Match(clean) is { Success: true } label ? clean[label.Length..] : clean;
    }

    /// <summary>
    /// The words of a line set in a frame of marks on both sides ("****  TITLE  ****", "::  TITLE  ::",
    /// "^TITLE^", "|  TITLE  |"), as boards and e-texts display a title; null where the line has no frame.
    /// </summary>
    public static string? Unframed(string text)
    {
        var line = text.AsSpan().Trim();
        // Each side's marks as a set (one bit a mark, mirrored marks on one bit: "<<" frames with ">>").
        int open = 0, openMarks = 0;
        while (open < line.Length && FrameMark(line[open]) is var bit and > 0) { openMarks |= bit; open++; }
        int close = 0, closeMarks = 0;
        while (close < line.Length - open && FrameMark(line[^(close + 1)]) is var bit and > 0) { closeMarks |= bit; close++; }
        // A frame is the same marks on both sides: marks that differ are a line's own punctuation
        // ("-- a note:") or a banner's debris, not a display.
        if (open == 0 || openMarks != closeMarks) return null;
        var inner = line[open..^close].Trim();
        foreach (var c in inner)
            if (char.IsLetterOrDigit(c)) return inner.ToString();
        return null;
    }

    private static int FrameMark(char c) => c switch
    {
        '*' => 1, '=' => 2, '~' => 4, '^' => 8, ':' => 16, '|' => 32, '#' => 64, '+' => 128, '_' => 256,
        '<' or '>' => 512, '-' => 1024, '/' or '\\' => 2048, '[' or ']' => 4096, _ => 0,
    };

    /// <summary>"R I V E R   S O N G", "b y   A n n   W r i t e r": letters a space apart, words two spaces or more (a word of two letters, "b y", with another after it).</summary>
    [GeneratedRegex(@"^\S( \S){2,}(\s{2,}\S( \S)+)*$|^\S( \S)+(\s{2,}\S( \S)+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterSpaced();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex WideGap();


    /// <summary>Lines of an archive, a file system or a board, never a title.</summary>
    [GeneratedRegex(@"^(FTP'?\u2019?d\b|File[: ]|FILENAME|Filename|Another file|Downloaded|Uploaded|Path:|Archive|\[|\(|\*|#)|@|https?:|www\.|\.(txt|zip|doc|html?)\b|\b(Baud|baud)\b|\d{3}[-) ]\d{3}-\d{4}|\b\d+ page\b", RegexOptions.CultureInvariant)]
    private static partial Regex Junk();

    /// <summary>
    /// The name a byline gives, without what it adds after a comma that names no one: a date ("by
    /// NAME, March 1994") or words in small letters ("by NAME, sysop of THE BOARD", "by NAME,
    /// translated by OTHER"). A list of names ("by NAME, NAME and NAME") or a name written surname
    /// first stays whole. The title page still prints the byline as written.
    /// </summary>
    public static string WithoutTail(string name)
    {
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0) return name;
        var tail = name[(comma + 2)..].Trim();
        return tail.Length > 0 && (char.IsLower(tail[0]) || Dates.Parse(tail) is not null) ? name[..comma].TrimEnd() : name;
    }

    /// <summary>"by X", "by" alone, "Prepared by:", "Written by" (a translator's credit is no byline: "Translated by" names a contributor).</summary>
    [GeneratedRegex(@"^((prepared|written|compiled|edited|researched)\s+)?by\b:?\s*(?<name>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    /// <summary>A person's name alone on its line (capitalised words, none of them a function word: "Why We Fill Them" is a title's line).</summary>
    public static bool IsNameLine(string text) => NameLine().IsMatch(Clean(text)) && !Markers.IsCapitals(Clean(text).Replace(".", "")) && NoFunctionWords(Clean(text));

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "why", "how", "what", "who",
        "we", "our", "you", "your", "is", "are", "was", "it", "its", "this", "that", "not", "no", "new", "part", "chapter",
    };

    /// <summary>Under a "by": a person's name, or a body's ("Institute for Shelving Research").</summary>
    private static bool IsCredited(string text) => NameLine().IsMatch(text) || BodyName().IsMatch(text);

    [GeneratedRegex(@"^[A-Z][\w'\u2019.-]*(?:\s+(?:of|for|and|the|on|in|&|[A-Z][\w'\u2019.-]*)){1,7},?$", RegexOptions.CultureInvariant)]
    private static partial Regex BodyName();

    private static bool NoFunctionWords(string text) => !text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => FunctionWords.Contains(w.Trim(',', '.')));

    /// <summary>"Ann B. Writer", "Ann Writer", "PEN NAME, M.D.": two to five capitalised words, initials allowed.</summary>
    [GeneratedRegex(@"^(?:[A-Z][A-Za-z'\u2019-]+|[A-Z]\.)(?:,?\s+(?:[A-Z][A-Za-z'\u2019-]+|[A-Z]\.(?:[A-Z]\.)*)){1,4},?$|^[A-Z]{3,},\s+[A-Z]\.[A-Z]\.,?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();
}
