using Epub.Model;
using Epub.Readers.PlainText.Recognition;

namespace Epub.Passes;

/// <summary>
/// Decides a plain text's title with the fitted title model: every reading the text offers (a line
/// near the head, two or three lines of one block read together, the mail subject, the title
/// block's own reading) is weighed at once, and the likeliest wins when the model is sure enough.
/// Where it is not, the title block's reading stands. A catalogue's header and a database record's fields are certain and stay.
/// </summary>
public static class TitlePass
{
    /// <summary>How far into the text a chosen title's own paragraph is looked for, to go to the title page.</summary>
    private const int HeadBlocks = 12;

    public static void Run(Document document)
    {
        var metadata = document.Metadata;
        if (Candidates(document) is not { } candidates) return;
        TitleCandidate? best = null;
        var model = LineLabeller.TitleModel;
        var bestProbability = model.Threshold;
        var blockProbability = 0f;
        var ranked = new List<(TitleCandidate Candidate, float Probability)>();
        foreach (var candidate in candidates)
        {
            // A letter's salutation ("Hello All!") is shaped as a title and names nothing.
            if (TitleBlockPass.IsSalutation(candidate.Title.Trim())) continue;
            var probability = model.Probability(candidate.Features);
            if (candidate.Features[TitleCandidates.TitleBlockSlot] == 1) blockProbability = Math.Max(blockProbability, probability);
            if (probability >= bestProbability) (best, bestProbability) = (candidate, probability);
            ranked.Add((candidate, probability));
        }
        metadata.Hints.RankedTitles = [.. ranked.OrderByDescending(l => l.Probability)];
        // The title block's reading stands where the model finds it likely enough; the model's own
        // choice replaces it only where the model doubts it (a copyright line, a salutation, a file name).
        if (metadata.Title is not null && blockProbability >= model.Threshold)
        {
            metadata.TitleSource = $"the title block, confirmed by the title model (p {blockProbability:0.00})";
            return;
        }
        // Its own choice must be more likely than not: a calibrated probability's even odds, not
        // the ranking threshold that only confirms a reading the rules already made.
        // Where nothing else names the text, though, its likeliest reading above the ranking
        // threshold beats the file's name, the last resort, when, shown as the book would show it,
        // it has a title's shape (a banner's line or a whole sentence with a byline has not).
        if (best is null) return;
        var doubted = bestProbability < 0.5f;
        if (doubted && (metadata.Title is not null || metadata.Hints.Title is not null || !TitleZone.LooksLikeTitle(TitleZone.Displayed(best.Title)))) return;
        var where = best.Line >= 0 ? $"line {best.Line + 1}" : "the mail subject";
        var choice = doubted ? "the title model's likeliest reading, where the text offers no surer one" : "the title model's choice";
        (metadata.Title, metadata.Subtitle, metadata.TitleSource) = (TitleZone.Displayed(best.Title), null, $"{choice} ({where}, p {bestProbability:0.00})");
        TakeFromText(document, best);
    }

    /// <summary>The chosen lines stand on the title page now: their own paragraph at the head leaves the text.</summary>
    internal static void TakeFromText(Document document, TitleCandidate chosen)
    {
        for (var i = 0; i < Math.Min(HeadBlocks, document.Blocks.Count); i++)
            if (document.Blocks[i] is Paragraph paragraph && paragraph.Line == chosen.Line + 1 && TitleCandidates.Same(paragraph.PlainText, chosen.Title))
            {
                document.Blocks.RemoveAt(i);
                if (paragraph.LineLabel == LineLabeller.Heading) document.HeadingLines.Remove(paragraph.Line);
                break;
            }
    }

    /// <summary>The readings the model weighs, the title block's among them (null where the pass does not decide: a page, a catalogue's header or a database record's field). The training tool reads the same.</summary>
    internal static List<TitleCandidate>? Candidates(Document document)
    {
        var metadata = document.Metadata;
        if (metadata.Hints.TitleCandidates is not { } offered || metadata.TitleSource is Readers.Gutenberg.HeaderSource or Readers.PlainText.Layout.RecordFields.Source) return null;
        // The candidates are the pass's alone: they do not outlive it.
        metadata.Hints.TitleCandidates = null;
        // The block's reading whole: a title and its subtitle are one reading of the head.
        var blockReading = metadata.Subtitle is null ? metadata.Title : $"{metadata.Title}: {metadata.Subtitle}";
        return TitleCandidates.WithTitleBlock(offered, blockReading, metadata.Title);
    }
}
