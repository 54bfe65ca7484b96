using System.Text;
using System.Text.RegularExpressions;

namespace Epub.Cli;

/// <summary>
/// One document to convert. <paramref name="Folder"/> is the output sub-folder it goes to
/// (its folder relative to the input folder it was found in; "" for a file named directly), and
/// <paramref name="NamedByFile"/> says the book is named after the input's file, not its title:
/// an archive's layout is kept, so a person finds each book where its source was.
/// <paramref name="Skipped"/> says why a file found in a folder is not converted (not a text or a page).
/// </summary>
internal sealed record BatchInput(string Path, string Folder, bool NamedByFile, string? Skipped = null);

/// <summary>
/// What a command line names: files, folders (taken recursively, in ordinal order of their
/// paths, so the same archive always gives the same batch), and lists of paths read from a file
/// or standard input, filtered by <c>--include</c>/<c>--exclude</c> globs. Inside folders,
/// files that are plainly not texts or pages (images, archives, executables, by their name or
/// their first bytes) are skipped and counted; a file named directly is always tried, so a
/// person who names a binary file hears why it was refused.
/// </summary>
internal sealed class InputSet
{
    /// <summary>Every file named or found, in order; those found in folders that are not texts or pages carry why they are skipped.</summary>
    public List<BatchInput> Inputs { get; } = [];

    /// <summary>Files inside the folders left out by <c>--include</c>/<c>--exclude</c>.</summary>
    public int Filtered { get; private set; }

    /// <summary>Names for files that are never a text or a page; what old archives hold beside their texts.</summary>
    private static readonly HashSet<string> NotTextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".ico", ".svg", ".pcx",
        ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar", ".arj", ".lzh", ".arc", ".z",
        ".exe", ".com", ".dll", ".so", ".bin", ".o", ".class", ".jar",
        ".pdf", ".epub", ".mobi", ".azw3", ".doc", ".docx", ".xls", ".ppt",
        ".mp3", ".wav", ".mid", ".mp4", ".avi", ".mov", ".css", ".js",
    };

    public static InputSet Expand(IEnumerable<string> named, IReadOnlyList<string> include, IReadOnlyList<string> exclude)
    {
        var set = new InputSet();
        var includes = include.Select(Glob).ToList();
        var excludes = exclude.Select(Glob).ToList();
        foreach (var path in named)
        {
            if (!Directory.Exists(path))
            {
                set.Inputs.Add(new(path, "", NamedByFile: false));
                continue;
            }
            foreach (var file in FilesUnder(path))
            {
                var relative = System.IO.Path.GetRelativePath(path, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
                if ((includes.Count > 0 && !includes.Any(g => g.IsMatch(relative))) || excludes.Any(g => g.IsMatch(relative)))
                {
                    set.Filtered++;
                    continue;
                }
                set.Inputs.Add(new(file, System.IO.Path.GetDirectoryName(relative) ?? "", NamedByFile: true, WhyNotText(file)));
            }
        }
        return set;
    }

    /// <summary>Every regular file under the folder, hidden ones (".git", editor backups) left out, in ordinal order of their relative paths.</summary>
    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint | FileAttributes.Device,
            IgnoreInaccessible = true,
            ReturnSpecialDirectories = false,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
            .OrderBy(f => f, StringComparer.Ordinal);
    }

    /// <summary>Why a file found in a folder is not converted, or null when it may be a text or a page.</summary>
    private static string? WhyNotText(string file)
    {
        if (!InputFiles.IsRegularFile(file)) return "not a regular file (a pipe, a device or a broken link)";
        var extension = System.IO.Path.GetExtension(file);
        if (NotTextExtensions.Contains(extension)) return $"a {extension.TrimStart('.').ToLowerInvariant()} file, not a text";
        var head = new byte[8192]; // what the binary test samples
        int read;
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            if (stream.Length == 0) return "empty";
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; } // converting it says why, with the file's name
        return Readers.SourceDecoder.LooksBinary(head.AsSpan(0, read)) ? "binary data, not a text" : null;
    }

    /// <summary>
    /// A glob over a path relative to its input folder, '/'-separated: '*' any characters but '/',
    /// '**' any folders, '?' one character. A pattern without '/' matches the file's name in any
    /// folder ("*.txt"), as .gitignore reads it.
    /// </summary>
    internal static Regex Glob(string pattern)
    {
        var regex = new StringBuilder(pattern.Contains('/') ? "^" : "^(?:.*/)?");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <summary>The paths a list holds, one a line (a file, or "-" for standard input); blank lines are no paths.</summary>
    public static List<string> ReadList(string list, TextReader stdin)
    {
        using var reader = list == "-" ? null : new StreamReader(list);
        var source = reader ?? stdin;
        var paths = new List<string>();
        while (source.ReadLine() is string line)
            if (line.Length > 0 && !string.IsNullOrWhiteSpace(line)) paths.Add(line.TrimEnd('\r'));
        return paths;
    }
}
