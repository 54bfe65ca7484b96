namespace Epub;

public enum Severity { Info, Warning }

/// <summary>
/// Stable codes for every message about an input (as pandoc's LogMessage constructors and
/// Standard Ebooks' lint codes): shown in brackets after the message, so that scripts and tests
/// can rely on them while the wording may change. The letter says which part of the text.
/// </summary>
public static class DiagnosticCode
{
    /// <summary>Text: control characters (not text, forbidden by XML) were removed.</summary>
    public const string ControlCharacters = "T001";

    /// <summary>Text: characters encoded twice as UTF-8 were repaired.</summary>
    public const string DoubleEncodingRepaired = "T002";

    /// <summary>Text: the text ends at a DOS end-of-file mark (^Z); what the file holds after it was left out.</summary>
    public const string AfterEndOfFile = "T003";

    /// <summary>Text: the text mixes UTF-8 lines and Windows-1252 lines; each line was read in its own encoding.</summary>
    public const string MixedEncodings = "T004";

    /// <summary>Text: the text is double-spaced (a blank line after every line); its lines were closed up into paragraphs.</summary>
    public const string DoubleSpacingClosedUp = "T005";

    /// <summary>HTML: an image could not be packaged (remote, outside the page's folder, missing, not a regular file, not an image by its bytes, an SVG that could act); its text alternative stands in.</summary>
    public const string ImageNotPackaged = "H002";

    /// <summary>HTML: elements nested deeper than the reader walks were unwrapped.</summary>
    public const string NestingFlattened = "H001";

    /// <summary>Archive: the archive's notice was moved to the colophon.</summary>
    public const string ArchiveNoticeMoved = "A001";

    /// <summary>Archive: a leftover of the website was dropped.</summary>
    public const string WebsiteLeftoverDropped = "A002";

    /// <summary>Archive: a wrapper (mail headers, Project Gutenberg's header or licence) was left out.</summary>
    public const string WrapperRemoved = "A003";

    /// <summary>Notes: a reference names a note that does not exist.</summary>
    public const string ReferenceWithoutNote = "N001";

    /// <summary>Notes: a note no reference cites.</summary>
    public const string NoteNeverCited = "N002";

    /// <summary>Notes: a note is cited more than once (each citation gets its own backlink).</summary>
    public const string NoteCitedAgain = "N003";

    /// <summary>Notes: a note's number does not follow the one before.</summary>
    public const string NoteOutOfOrder = "N004";

    /// <summary>Notes: a number given to two notes; the second's text stays with the note before.</summary>
    public const string NoteNumberedTwice = "N005";

    /// <summary>Notes: a note longer than Kobo's popup limit.</summary>
    public const string NoteTooLong = "N006";

    /// <summary>Notes: notes set at the feet of printed pages were gathered into the list of the text (or of each part whose numbering starts again).</summary>
    public const string PageFootNotesGathered = "N007";

    /// <summary>Structure: an entry of the text's own contents list matches no heading.</summary>
    public const string ContentsEntryUnmatched = "S001";
}

/// <summary>A message about the input, tied to a source line where there is one.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Source, int Line, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{Source}:{Line}: {Severity.ToString().ToLowerInvariant()}: {Message} [{Code}]"
                 : $"{Source}: {Severity.ToString().ToLowerInvariant()}: {Message} [{Code}]";
}

/// <summary>Collects what the passes have to say about one input.</summary>
public sealed class Diagnostics(string source)
{
    private readonly List<Diagnostic> _items = [];

    public string Source { get; } = source;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasWarnings => _items.Any(d => d.Severity == Severity.Warning);

    public void Warn(string code, int line, string message) => _items.Add(new(Severity.Warning, code, Source, line, message));

    /// <summary>What only <c>--verbose</c> shows: things done to the text on purpose.</summary>
    public void Info(string code, int line, string message) => _items.Add(new(Severity.Info, code, Source, line, message));
}

/// <summary>Input the converter refuses, with the reason and, where known, the line.</summary>
public sealed class InputException(string message, int line = 0) : Exception(message)
{
    public int Line { get; } = line;
}
