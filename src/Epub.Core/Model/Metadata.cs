namespace Epub.Model;

public sealed class Metadata
{
    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    /// <summary>The larger work the text is one part of (a page that is one essay of a book): EPUB's belongs-to-collection.</summary>
    public string? Collection { get; set; }

    /// <summary>Who wrote this text (for a review, the reviewer).</summary>
    public string? Author { get; set; }

    /// <summary>The byline as the source prints it ("by MC5"), for the title page.</summary>
    public string? Byline { get; set; }

    /// <summary>
    /// The title page's other credits as the source prints them ("Translated from the German by
    /// NAME", "Edited by NAME"): set under the byline, each name a contributor in its role.
    /// </summary>
    public List<Credit> Credits { get; } = [];

    /// <summary>The text's copyright or permission notice as the source prints it: dc:rights and the colophon.</summary>
    public string? Rights { get; set; }

    /// <summary>BCP 47 language tag.</summary>
    public string Language { get; set; } = "en";

    /// <summary>W3CDTF date of the text ("1994-03"), or null.</summary>
    public string? Date { get; set; }

    /// <summary>The date as the source prints it ("March, 1994").</summary>
    public string? DateText { get; set; }

    /// <summary>The work this text reviews, when it is a review.</summary>
    public ReviewedWork? ReviewedWork { get; set; }

    /// <summary>"urn:uuid:…", derived from the content.</summary>
    public string Identifier { get; set; } = "";

    /// <summary>What a wrapper says of the text (a message's subject, sender and date): used where the text itself says nothing.</summary>
    /// <summary>Where the author was read from ("a byline in the title block", "the sender's header", …), for <c>inspect</c>.</summary>
    public string? AuthorSource { get; set; }

    /// <summary>Where the title was read from when not from the text itself ("--title", "the file's name"); null when the text gave it.</summary>
    public string? TitleSource { get; set; }

    public MetadataHints Hints { get; } = new();

    /// <summary>When this edition was made, UTC.</summary>
    public DateTimeOffset Modified { get; set; }
}

/// <summary>A credit of the title page: the line as the source prints it, the name it gives and the role's MARC relator code ("trl", "edt"…).</summary>
public sealed record Credit(string Line, string Name, string Role);

/// <summary>The book a review is about, as its header cites it.</summary>
public sealed record ReviewedWork(string? Author, string Title, string? Subtitle, string? Imprint);

/// <summary>Weaker evidence than the text's own title block: a mail subject, a sender, a posting date.</summary>
public sealed class MetadataHints
{
    public string? Title { get; set; }

    /// <summary>The sender of a message or posting.</summary>
    public string? Author { get; set; }

    /// <summary>The name a signature block closing the text gives: its writer, who wins over a sender that only forwarded it.</summary>
    public string? SignedBy { get; set; }

    /// <summary>W3CDTF.</summary>
    public string? Date { get; set; }

    /// <summary>The names a plain text offers as its author, for the author pass to rank (null for a page).</summary>
    internal List<Readers.PlainText.Recognition.AuthorCandidate>? AuthorCandidates { get; set; }

    /// <summary>The readings of a plain text's title, for the title pass to rank (null for a page).</summary>
    internal List<Readers.PlainText.Recognition.TitleCandidate>? TitleCandidates { get; set; }

    /// <summary>The title model's readings with their probabilities, likeliest first, kept by the title pass for the author pass (which may find the chosen one is the author's name).</summary>
    internal List<(Readers.PlainText.Recognition.TitleCandidate Candidate, float Probability)>? RankedTitles { get; set; }

}
