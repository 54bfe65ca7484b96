using System.Text;
using System.Xml;
using Epub.Model;

namespace Epub.Readers;

/// <summary>
/// Finds a page's images beside it: a relative address naming a regular file inside the
/// source's folder (symbolic links resolved: a link out of the folder is outside it), no larger
/// than the limit, whose bytes are a PNG, JPEG, GIF or inert SVG image, becomes a resource of the
/// book, read once however often the page shows it. Its media type is what its bytes are, never
/// what its name says: an archive saves error pages under an image's name. Anything else (a
/// remote address, a path out of the folder, a missing file, a pipe or a device, other bytes, an
/// SVG that could run a script or fetch something) is never referenced by the book: the image is
/// written as its text alternative, with a warning saying why.
/// </summary>
public static class Images
{
    /// <summary>An image larger than this is not packaged: an archived page's images are small.</summary>
    private const int MaxBytes = 16 * 1024 * 1024;

    public static void Resolve(Document document, string? sourceFolder, Diagnostics diagnostics)
    {
        var images = document.Blocks.OfType<Image>().ToList();
        if (images.Count == 0) return;
        // Each file once, by its resolved path: its resource, or why it has none.
        var byPath = new Dictionary<string, (Resource? Resource, string? Refusal)>(StringComparer.Ordinal);
        var folder = sourceFolder is null ? null : RegularFile.Resolve(Path.GetFullPath(sourceFolder));
        var packaged = 0;
        foreach (var image in images)
        {
            var reason = Find(image.Source, sourceFolder, out var path);
            Resource? resource = null;
            if (reason is null)
            {
                if (!byPath.TryGetValue(path!, out var known))
                {
                    known = Load(path!, packaged + 1, folder);
                    byPath[path!] = known;
                    if (known.Resource is not null)
                    {
                        packaged++;
                        document.Resources.Add(known.Resource);
                    }
                }
                (resource, reason) = known;
            }
            if (reason is not null)
            {
                diagnostics.Warn(DiagnosticCode.ImageNotPackaged, image.Line, $"image {Shorten(image.Source)} {reason}; its text alternative stands in for it");
                continue;
            }
            image.Resource = resource;
        }
    }

    /// <summary>The image's path with its links resolved, or why it is not looked at.</summary>
    private static string? Find(string source, string? folder, out string? path)
    {
        path = null;
        if (source.Length == 0) return "has no address";
        if (source.Contains("://", StringComparison.Ordinal) || source.StartsWith("//", StringComparison.Ordinal) || source.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return "is not beside the page (a remote address)";
        if (folder is null) return "was not looked for (no source folder)";
        var relative = Uri.UnescapeDataString(source.Split('#', '?')[0]);
        if (relative.Length == 0 || relative.Contains('\0')) return "has no usable address";
        if (Path.IsPathRooted(relative)) return "is not beside the page (an absolute path)";
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!RegularFile.IsInside(full, root)) return "is not beside the page (outside its folder)";
        // The folder and the file as the file system follows them: a link inside the folder may point anywhere.
        if (RegularFile.Resolve(full) is not string resolved) return $"is missing ({full})";
        if (!RegularFile.IsInside(resolved, RegularFile.Resolve(root) ?? root)) return "is a symbolic link to a file outside the page's folder";
        path = resolved;
        return null;
    }

    /// <summary>Reads the file once and packages it when its bytes are an image the book may hold.</summary>
    private static (Resource? Resource, string? Refusal) Load(string path, int number, string? folder)
    {
        var bytes = RegularFile.Read(path, MaxBytes, out var refusal, folder);
        if (bytes is null) return (null, refusal);
        var (mediaType, extension, why) = Sniff(bytes);
        if (why is not null) return (null, why);
        return (new Resource($"images/image-{number}{extension}", mediaType!, bytes), null);
    }

    /// <summary>
    /// What the bytes are, by their signature. WebP is left out: it is a core media type only
    /// from EPUB 3.3, and the EPUBCheck the books are checked with (4.2) refuses it without a fallback.
    /// </summary>
    internal static (string? MediaType, string? Extension, string? Refusal) Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return ("image/png", ".png", null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return ("image/jpeg", ".jpg", null);
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)) return ("image/gif", ".gif", null);
        if (LooksLikeSvg(bytes)) return Svg.Refusal(bytes) is string unsafeSvg ? (null, null, unsafeSvg) : ("image/svg+xml", ".svg", null);
        return (null, null, $"is not a PNG, JPEG, GIF or SVG image (its bytes begin {Preview(bytes)})");
    }

    /// <summary>Markup whose first element is an svg one (after an XML declaration, comments, a BOM).</summary>
    private static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') && head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first bytes as a person can read them: text as it is (its line breaks as spaces), anything else as hex.</summary>
    private static string Preview(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return "nowhere: the file is empty";
        var shown = bytes[..Math.Min(bytes.Length, 24)];
        var more = bytes.Length > shown.Length ? "\u2026" : "";
        foreach (var b in shown)
            if (b is not (>= 0x20 and < 0x7F or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return string.Join(' ', shown[..Math.Min(shown.Length, 8)].ToArray().Select(x => x.ToString("x2"))) + (bytes.Length > 8 ? " \u2026" : "");
        return $"\"{string.Join(' ', Encoding.ASCII.GetString(shown).Split((char[])['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))}{more}\"";
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "\u2026" : text;

    /// <summary>
    /// An SVG is a document that can act: a script, an event handler, a link or an image that a
    /// reading system would fetch, HTML inside a foreignObject. Only an inert one is packaged. It
    /// is parsed as XML with no DTD (no entity can expand or reach outside) and no resolver.
    /// </summary>
    private static class Svg
    {
        private const string Namespace = "http://www.w3.org/2000/svg";

        public static string? Refusal(ReadOnlySpan<byte> bytes)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(bytes.ToArray(), writable: false), settings);
                var root = true;
                var styleDepth = -1; // inside a <style> element: its text is a style sheet
                while (reader.Read())
                {
                    switch (reader.NodeType)
                    {
                        case XmlNodeType.ProcessingInstruction when reader.Name.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase):
                            return "is an SVG with an external reference (an xml-stylesheet)";
                        case XmlNodeType.Text or XmlNodeType.CDATA when styleDepth >= 0 && ExternalInStyle(reader.Value) is string styleTarget:
                            return $"is an SVG with an external reference (a style's {Shorten(styleTarget)})";
                        case XmlNodeType.EndElement when reader.Depth == styleDepth:
                            styleDepth = -1;
                            break;
                        case XmlNodeType.Element:
                            if (root && (reader.LocalName != "svg" || reader.NamespaceURI != Namespace)) return "is not a PNG, JPEG, GIF or SVG image (its markup is not an SVG document in SVG's namespace)";
                            root = false;
                            var name = reader.LocalName;
                            if (name.Equals("script", StringComparison.OrdinalIgnoreCase)) return "is an SVG with a script";
                            if (name.Equals("foreignObject", StringComparison.OrdinalIgnoreCase)) return "is an SVG with a foreignObject (markup a reading system would render as a page)";
                            if (name.Equals("style", StringComparison.OrdinalIgnoreCase) && !reader.IsEmptyElement) styleDepth = reader.Depth;
                            if (AttributeRefusal(reader) is string why) return why;
                            break;
                    }
                }
                return null;
            }
            catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
            {
                return "is an SVG with a document type declaration (its entities could expand or reach outside the file)";
            }
            catch (XmlException e) { return $"is an SVG that is not well-formed XML ({e.Message})"; }
        }

        private static string? AttributeRefusal(XmlReader reader)
        {
            // An animation can set an attribute to what the markup never says: one of a link or a handler is refused whatever its values.
            var animated = reader.GetAttribute("attributeName");
            if (animated is not null && (animated.EndsWith("href", StringComparison.OrdinalIgnoreCase) || animated.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                return $"is an SVG with an external reference (an animation of {Shorten(animated)})";
            if (!reader.MoveToFirstAttribute()) return null;
            try
            {
                do
                {
                    var name = reader.LocalName;
                    if (reader.Prefix == "xmlns" || name == "xmlns") continue;
                    if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return $"is an SVG with an event handler ({name})";
                    // xml:base would turn even a fragment into an address elsewhere.
                    if (name == "base" && reader.Prefix == "xml") return "is an SVG with an external reference (xml:base)";
                    if (name == "href" && !reader.Value.TrimStart().StartsWith('#')) return $"is an SVG with an external reference ({name} to {Shorten(reader.Value)})";
                    if (ExternalInStyle(reader.Value) is string target) return $"is an SVG with an external reference ({name} to {Shorten(target)})";
                }
                while (reader.MoveToNextAttribute());
                return null;
            }
            finally { reader.MoveToElement(); }
        }

        /// <summary>A url(…) or @import reaching anything but a fragment of the file itself.</summary>
        private static string? ExternalInStyle(string value)
        {
            if (value.Contains("@import", StringComparison.OrdinalIgnoreCase)) return "@import";
            for (var at = value.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0; at = value.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
            {
                var target = value[(at + 4)..].TrimStart(' ', '\t', '\'', '"');
                if (!target.StartsWith('#')) return "url(" + target[..Math.Min(target.Length, 40)];
            }
            return null;
        }
    }
}
