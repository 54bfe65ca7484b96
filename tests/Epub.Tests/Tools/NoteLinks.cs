using System.Xml.Linq;

namespace Epub.Tests.Tools;

/// <summary>One note reference of a book as a reader follows it: where it is, what it says, and the note it lands on.</summary>
public sealed record FollowedReference(string File, string Id, string Label, string NoteFile, string NoteId, string NoteText);

/// <summary>Follows every note link of a built book, both ways, as a reading system would.</summary>
public static class NoteLinks
{
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    /// <summary>
    /// Every reference, in reading order, with the note it lands on. Asserts on the way that every
    /// reference lands on a note, that every note links back to each reference citing it and to
    /// nothing else, and that ids are unique in every document.
    /// </summary>
    public static List<FollowedReference> Follow(BuiltBook book)
    {
        var documents = book.Entries().Where(e => e.Name.EndsWith(".xhtml"))
            .ToDictionary(e => e.Name["EPUB/".Length..], e => XDocument.Parse(System.Text.Encoding.UTF8.GetString(e.Content)));
        var byId = new Dictionary<(string, string), XElement>();
        foreach (var (file, xml) in documents)
            foreach (var element in xml.Descendants().Where(e => e.Attribute("id") is not null))
                Assert.True(byId.TryAdd((file, (string)element.Attribute("id")!), element), $"{file}: id {(string)element.Attribute("id")!} twice");

        var spine = SpineOrder(book);
        var followed = new List<FollowedReference>();
        var citationsOf = new Dictionary<(string, string), List<(string, string)>>();
        foreach (var file in spine)
            foreach (var reference in documents[file].Descendants().Where(e => (string?)e.Attribute(Ops + "type") == "noteref"))
            {
                var (noteFile, noteId) = Split((string)reference.Attribute("href")!, file);
                Assert.True(byId.TryGetValue((noteFile, noteId), out var note), $"{file}: reference {reference.Value} goes to {noteFile}#{noteId}, which does not exist");
                Assert.Contains("footnote", ((string?)note!.Attribute(Ops + "type") ?? "").Split(' '));
                var id = (string)reference.Attribute("id")!;
                followed.Add(new(file, id, reference.Value, noteFile, noteId, string.Concat(note.Descendants().Where(d => d.Name.LocalName == "p").Select(p => p.Value))));
                if (!citationsOf.TryGetValue((noteFile, noteId), out var list)) citationsOf[(noteFile, noteId)] = list = [];
                list.Add((file, id));
            }

        foreach (var ((noteFile, noteId), citations) in citationsOf)
        {
            var backlinks = byId[(noteFile, noteId)].Descendants().Where(e => (string?)e.Attribute(Ops + "type") == "backlink")
                .Select(a => Split((string)a.Attribute("href")!, noteFile)).ToList();
            Assert.Equal(citations, backlinks);
        }
        return followed;
    }

    private static (string File, string Id) Split(string href, string currentFile)
    {
        var hash = href.IndexOf('#');
        return (hash == 0 ? currentFile : href[..hash], href[(hash + 1)..]);
    }

    private static List<string> SpineOrder(BuiltBook book)
    {
        XNamespace opf = "http://www.idpf.org/2007/opf";
        var package = book.Xml("EPUB/content.opf");
        var manifest = package.Descendants(opf + "item").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("href")!);
        return package.Descendants(opf + "itemref").Select(r => manifest[(string)r.Attribute("idref")!]).ToList();
    }
}
