namespace Epub.Model;

public sealed class Provenance
{
    /// <summary>The input's file name.</summary>
    public string SourceName { get; set; } = "";

    /// <summary>SHA-256 of the input's bytes, lower-case hex.</summary>
    public string SourceSha256 { get; set; } = "";

    /// <summary>The encoding the input was read in.</summary>
    public string SourceEncoding { get; set; } = "UTF-8";

    /// <summary>Notices the archive put before the text ("This is an archive of …"), verbatim.</summary>
    public List<string> ArchiveNotices { get; } = [];

    /// <summary>What an archived page says of its text's source and of who put it on line ("Written: …", "Source: …", "Transcription: …"), line by line, verbatim.</summary>
    public List<string> SourceNotes { get; } = [];

    /// <summary>Who kept the archive, when a notice says so ("the former website of …").</summary>
    public string? Archive { get; set; }

    /// <summary>Wrappers left out (mail headers, Project Gutenberg's header and licence): first line, what, how many lines.</summary>
    public List<(int Line, string What, int Lines)> Wrappers { get; } = [];

    /// <summary>Lines taken out as leftovers of the website, with their line numbers.</summary>
    public List<(int Line, string Text)> Dropped { get; } = [];

    /// <summary>
    /// For a book joined from several documents (<see cref="Passes.Anthology"/>): each document's
    /// own provenance, in the book's order, for the colophon to list; empty for a book of one source.
    /// </summary>
    public List<Provenance> Sources { get; } = [];
}
