using Epub.Model;

namespace Epub.Readers;

/// <summary>
/// Finds a page's images beside it: a relative address inside the source's folder, naming a
/// JPEG, PNG, GIF or SVG file that is there, becomes a resource of the book. Anything else (a
/// remote address, a path out of the folder or absolute, a missing or unknown file) is never
/// referenced by the book: the image is written as its text alternative, with a warning naming it.
/// </summary>
public static class Images
{
    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".png"] = "image/png", [".gif"] = "image/gif", [".svg"] = "image/svg+xml",
    };

    /// <summary>An image larger than this is not packaged: an archived page's images are small.</summary>
    private const long MaxBytes = 16 * 1024 * 1024;

    public static void Resolve(Document document, string? sourceFolder, Diagnostics diagnostics)
    {
        var images = document.Blocks.OfType<Image>().ToList();
        if (images.Count == 0) return;
        var byPath = new Dictionary<string, Resource>(StringComparer.Ordinal);
        foreach (var image in images)
        {
            var reason = Find(image.Source, sourceFolder, out var path, out var mediaType);
            if (reason is not null)
            {
                diagnostics.Warn(DiagnosticCode.ImageNotPackaged, image.Line, $"image {Shorten(image.Source)} {reason}; its text alternative stands in for it");
                continue;
            }
            if (!byPath.TryGetValue(path!, out var resource))
            {
                var name = $"images/image-{byPath.Count + 1}{Path.GetExtension(path)!.ToLowerInvariant()}";
                resource = new Resource(name, mediaType!, File.ReadAllBytes(path!));
                byPath[path!] = resource;
                document.Resources.Add(resource);
            }
            image.Resource = resource;
        }
    }

    private static string? Find(string source, string? folder, out string? path, out string? mediaType)
    {
        path = null;
        mediaType = null;
        if (source.Length == 0) return "has no address";
        if (source.Contains("://", StringComparison.Ordinal) || source.StartsWith("//", StringComparison.Ordinal) || source.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return "is not beside the page (a remote address)";
        if (folder is null) return "was not looked for (no source folder)";
        var relative = Uri.UnescapeDataString(source.Split('#', '?')[0]);
        if (Path.IsPathRooted(relative)) return "is not beside the page (an absolute path)";
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return "is not beside the page (outside its folder)";
        if (!MediaTypes.TryGetValue(Path.GetExtension(full), out mediaType)) return "is not a JPEG, PNG, GIF or SVG file";
        if (!File.Exists(full)) return $"is missing ({full})";
        if (new FileInfo(full).Length > MaxBytes) return $"is larger than {MaxBytes / (1024 * 1024)} MiB";
        path = full;
        return null;
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "\u2026" : text;
}
