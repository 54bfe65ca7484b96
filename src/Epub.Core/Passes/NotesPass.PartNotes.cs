using System.Text.RegularExpressions;
using Epub.Model;

namespace Epub.Passes;

public static partial class NotesPass
{
    /// <summary>
    /// Notes gathered at the end of a book a list for each part, each list restarting at 1 under
    /// a sub-head naming its part ("NOTES" / "Chapter 1" / "1. …" / "Chapter 2" / "1. …", or
    /// "Notes to Chapter One" over each list). Read one list at a time, every list's scope would
    /// be the whole text before it and the first list would take every part's references; so the
    /// lists are read together: <see cref="Lists"/> in order, with the block where each sub-head
    /// starts (its notes heading, for the first, when the gathered notes have one).
    /// </summary>
    private sealed record PartNotes(int First, List<(NoteList List, int RemoveFrom, string? Key)> Lists);

    /// <summary>The longest line a sub-head naming a part runs to.</summary>
    private const int LongestSubHead = 80;

    /// <summary>
    /// The lists that end the text as notes gathered by part: at least two, each starting at
    /// note 1, the last ending the text, each after the one before with only its sub-head (one
    /// or two short lines) between; announced by a "Notes" heading over the first (over its
    /// sub-head or over its notes) or by sub-heads that say whose notes follow ("Notes to
    /// Chapter One").
    /// </summary>
    private static PartNotes? FindPartNotes(List<NoteList> lists, List<Block> blocks)
    {
        if (lists.Count < 2 || lists[^1].End != blocks.Count) return null;
        var members = new List<(NoteList List, int RemoveFrom, string? Key)>();
        for (var k = lists.Count - 1; k >= 0; k--)
        {
            var list = lists[k];
            if (!IsFirstLabel(list.Items[0].Label)) return null;
            var subHead = list.Start;
            while (subHead > 0 && list.Start - subHead < 2 && blocks[subHead - 1] is Paragraph line && NoteLineAt(blocks, subHead - 1) is null
                   && !IsNotesHeading(line) && IsSubHead(line))
                subHead--;
            var subHeadText = subHead < list.Start ? string.Join(" ", blocks[subHead..list.Start].Select(b => ((Paragraph)b).PlainText)).Trim() : null;
            var key = subHeadText is null ? null : PartKey(subHeadText);
            var announcedHere = list.Heading >= 0 || subHead > 0 && blocks[subHead - 1] is Paragraph above && IsNotesHeading(above);
            var removeFrom = list.Heading >= 0 && subHead == list.Start ? list.Heading : announcedHere ? subHead - 1 : subHead;
            members.Add((list, removeFrom, key));
            if (k > 0 && lists[k - 1].End == subHead && subHead < list.Start) continue;
            // The first of the gathered lists: their notes heading stands over it, or its sub-head says it heads notes.
            if (members.Count < 2 || !(announcedHere || subHeadText is not null && PartNotesHeading().IsMatch(subHeadText))) return null;
            members.Reverse();
            return new PartNotes(k, members);
        }
        return null;
    }

    /// <summary>The most words a sub-head that is not labelled a heading runs to ("Chapter 2", "Notes to the Second Essay").</summary>
    private const int MostSubHeadWords = 8;

    /// <summary>
    /// A line that may name a part over its notes: a heading, or a short line that is no sentence
    /// (a label such as "II." ends with a stop; a sentence of a few words over the notes is the
    /// text's last line).
    /// </summary>
    private static bool IsSubHead(Paragraph line)
    {
        var text = line.PlainText.Trim();
        if (text.Length is 0 or > LongestSubHead) return false;
        if (IsHeading(line)) return true;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MostSubHeadWords && (char.IsLetterOrDigit(text[^1]) || text[^1] == '.' && words <= 2);
    }

    /// <summary>
    /// Links each gathered list's notes to the references of its own part, and adds the notes;
    /// false (nothing changed) where the parts cannot be told or a part hardly cites its list.
    /// A part is found by its heading, which the list's sub-head repeats ("Chapter 2", "II." for
    /// "II. DECLINE", "Notes to Chapter Two" for "CHAPTER TWO"); failing that, where the text's
    /// references start again at 1, as many times as there are lists.
    /// </summary>
    private static bool LinkPartNotes(Document document, PartNotes partNotes, int bodyStart, ref int index, List<NoteList> notesLists, Diagnostics diagnostics)
    {
        var blocks = document.Blocks;
        var bodyEnd = partNotes.Lists[0].RemoveFrom;
        var starts = PartsByHeading(blocks, bodyStart, bodyEnd, partNotes) ?? PartsByRestart(blocks, bodyStart, bodyEnd, partNotes);
        if (starts is null) return false;
        var parts = new List<(List<Paragraph> Paragraphs, ReferenceStyle Style)>();
        for (var j = 0; j < starts.Length; j++)
        {
            var end = j + 1 < starts.Length ? starts[j + 1] : bodyEnd;
            var paragraphs = Model.Blocks.CitingParagraphs(blocks.GetRange(starts[j], end - starts[j])).ToList();
            var labels = partNotes.Lists[j].List.Items.Select(item => item.Label).ToHashSet();
            var style = ChooseReferenceStyle(paragraphs, labels, out var cited);
            if (HardlyCited(cited, labels.Count)) return false;
            parts.Add((paragraphs, style));
        }
        for (var j = 0; j < parts.Count; j++)
        {
            var (list, removeFrom, _) = partNotes.Lists[j];
            var notes = MakeNotes(list, blocks, new NoteScope(index++), diagnostics);
            var byLabel = notes.ToDictionary(n => n.Label);
            var noteLabels = notes.Select(n => n.Label).ToList();
            var sequence = 0;
            foreach (var paragraph in parts[j].Paragraphs) LinkReferences(paragraph, parts[j].Style, byLabel, noteLabels, diagnostics, ref sequence);
            // The list leaves with its sub-head (and the first with the notes heading over them).
            notesLists.Add(list with { Heading = removeFrom });
            document.Notes.AddRange(notes);
        }
        return true;
    }

    /// <summary>Where each part starts: the heading of the text its list's sub-head names, in order; a first list with no sub-head takes the text from its start.</summary>
    private static int[]? PartsByHeading(List<Block> blocks, int bodyStart, int bodyEnd, PartNotes partNotes)
    {
        var starts = new int[partNotes.Lists.Count];
        var from = bodyStart;
        for (var j = 0; j < starts.Length; j++)
        {
            var key = partNotes.Lists[j].Key;
            if (key is null)
            {
                if (j > 0) return null;
                starts[j] = bodyStart;
                continue;
            }
            var found = -1;
            for (var b = from; b < bodyEnd && found < 0; b++)
                if (blocks[b] is Paragraph p && (IsHeading(p) || p.PlainText.Length <= LongestSubHead) && PartKey(p.PlainText) is { } heading
                    && (heading == key || heading.StartsWith(key + " ", StringComparison.Ordinal)))
                    found = b;
            if (found < 0) return null;
            starts[j] = found;
            from = found + 1;
        }
        // The text before the first part's heading (a preface, an introduction) is the first part's.
        starts[0] = bodyStart;
        return starts;
    }

    /// <summary>
    /// Where each part starts, read from the references: a paragraph citing the first label again
    /// after others starts the next part. Only where that gives one part a list.
    /// </summary>
    private static int[]? PartsByRestart(List<Block> blocks, int bodyStart, int bodyEnd, PartNotes partNotes)
    {
        var labels = partNotes.Lists.SelectMany(member => member.List.Items.Select(item => item.Label)).ToHashSet();
        var first = partNotes.Lists[0].List.Items[0].Label;
        var paragraphs = Model.Blocks.CitingParagraphs(blocks.GetRange(bodyStart, bodyEnd - bodyStart)).ToList();
        var style = ChooseReferenceStyle(paragraphs, labels, out _);
        // Glued digits are read in sequence against one list; across restarts their sequence is no guide.
        if (style.InSequence) return null;
        var starts = new List<int> { bodyStart };
        var citedInPart = false;
        for (var b = bodyStart; b < bodyEnd; b++)
            foreach (var paragraph in Model.Blocks.CitingParagraphs([blocks[b]]))
                foreach (var text in Texts(paragraph.Inlines))
                    foreach (Match m in style.Pattern.Matches(text.Value))
                    {
                        if (ReferenceStyle.IsGroup(m) || IsEnumeration(text.Value, m.Index, m.Length) || !labels.Contains(ReferenceStyle.Label(m))) continue;
                        if (ReferenceStyle.Label(m) == first && citedInPart && starts[^1] != b) starts.Add(b);
                        citedInPart = true;
                    }
        return starts.Count == partNotes.Lists.Count ? starts.ToArray() : null;
    }

    /// <summary>
    /// A heading's words as a part's name, for matching a sub-head with the heading it repeats:
    /// small letters, words only, "Notes to" and the like gone, numbers in figures ("II" and "2"
    /// alike where they number a division or stand alone). Null when nothing is left.
    /// </summary>
    private static string? PartKey(string text)
    {
        var named = PartNotesHeading().Match(text.Trim()) is { Success: true } heading ? heading.Groups["part"].Value : text;
        var words = NonWord().Split(named.ToLowerInvariant()).Where(w => w.Length > 0).ToList();
        if (words.Count == 0) return null;
        // A division's number: the first word alone, or the word after a division's name ("chapter ii").
        var at = words.Count > 1 && Readers.PlainText.Recognition.Lexicon.English.Has("division", words[0]) ? 1 : 0;
        if (Markers.LabelRank(words[at].ToUpperInvariant()) is int rank && (at == 1 || words[at].Length > 1 || words.Count == 1 || words[at] == "i"))
            words[at] = rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.Join(" ", words);
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    /// <summary>"Notes to Chapter One", "Notes for Part II", "Chapter 3 Notes": a sub-head saying whose notes follow.</summary>
    [GeneratedRegex(@"^(?:(?:end|foot)?notes?|references|sources)\s+(?:to|for|on|of)\s+(?:the\s+)?(?<part>.+?)[.:]?$|^(?<part>.+?)[\s:—–-]+(?:end|foot)?notes[.:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartNotesHeading();
}
