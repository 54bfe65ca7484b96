using System.Globalization;
using System.Text.RegularExpressions;

namespace Epub.Writers;

public static partial class AtomicFile
{
    /// <summary>
    /// Writes into a temporary file beside <paramref name="path"/> (same folder, so the move is a
    /// rename on the same file system) and moves it into place only when complete. On any failure
    /// or cancellation the temporary file is deleted and nothing at <paramref name="path"/> changes.
    /// The temporary name is short whatever the book's name (a 245-byte book name is legal, and a
    /// temporary name built on it would not be), and says which process wrote it, so that a later
    /// run can tell a killed run's leftovers (<see cref="RemoveStale"/>) from another run's work.
    /// Failures are <see cref="IOException"/>s naming <paramref name="path"/>, not the temporary file.
    /// </summary>
    public static void Write(string path, Action<Stream> write, CancellationToken cancellation = default)
    {
        var temporary = Stage(Path.GetDirectoryName(Path.GetFullPath(path))!, write, cancellation);
        Commit(temporary, path, cancellation);
    }

    /// <summary>
    /// The first half of <see cref="Write"/>: the content written and flushed to disk in a
    /// temporary file of <paramref name="folder"/>, whose name is returned. A batch's workers
    /// stage their books as they finish them, and the books get their names in input order
    /// (<see cref="Commit"/>, a rename), so the slow part runs in parallel and the names stay
    /// the same run to run. On failure nothing is left.
    /// </summary>
    public static string Stage(string folder, Action<Stream> write, CancellationToken cancellation = default, StagedFiles? ledger = null)
    {
        var temporary = Path.Combine(folder, $".epub-{Environment.ProcessId}-{Random.Shared.Next():x8}.tmp");
        try
        {
            using (var stream = ledger?.Create(temporary) ?? Create(temporary))
            {
                write(stream);
                cancellation.ThrowIfCancellationRequested();
                // The rename publishes the file: its bytes must be on the disk before its name is.
                stream.Flush(flushToDisk: true);
            }
            cancellation.ThrowIfCancellationRequested();
            return temporary;
        }
        catch (Exception e)
        {
            Discard(temporary);
            if (e is IOException io) throw new IOException(Reason(io), io);
            throw;
        }
    }

    internal static FileStream Create(string temporary) => new(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);

    /// <summary>Moves a staged file into place at <paramref name="path"/> (replacing what is there); on failure the staged file is deleted.</summary>
    public static void Commit(string temporary, string path, CancellationToken cancellation = default)
    {
        try
        {
            cancellation.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException e)
        {
            throw new IOException(Reason(e), e);
        }
        finally
        {
            Discard(temporary);
        }
    }

    /// <summary>Deletes a staged file that will not be committed (a cancelled batch, a book that cannot take its name).</summary>
    public static void Discard(string temporary)
    {
        try { if (File.Exists(temporary)) File.Delete(temporary); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>What went wrong, in words that do not name the temporary file.</summary>
    private static string Reason(IOException e) => e.HResult switch
    {
        // .NET sets an IOException's HResult to the errno on Unix.
        28 => "no space left on the device",
        122 => "the disk quota is exceeded",
        30 => "the file system is read-only",
        36 => "the name is too long for the file system",
        5 => "input/output error on the device",
        _ => StripPath(e.Message),
    };

    private static string StripPath(string message) => QuotedPath().Replace(message, "").Trim().TrimEnd(':').Trim();

    /// <summary>
    /// Removes the temporary files that runs killed before they could clean up left in
    /// <paramref name="folder"/>: only names of <see cref="Write"/>'s own pattern, last written
    /// before <paramref name="before"/> (this run's start), by a process that no longer runs.
    /// Returns the names removed.
    /// </summary>
    public static List<string> RemoveStale(string folder, DateTime before)
    {
        var removed = new List<string>();
        if (!Directory.Exists(folder)) return removed;
        foreach (var file in Directory.EnumerateFiles(folder, ".epub-*.tmp"))
        {
            var m = TemporaryName().Match(Path.GetFileName(file));
            if (!m.Success || !int.TryParse(m.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                if (File.GetLastWriteTimeUtc(file) >= before || IsRunning(pid)) continue;
                File.Delete(file);
                removed.Add(Path.GetFileName(file));
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return removed;
    }

    /// <summary>Whether a process with this id runs now (this one's own id counts only for its own files, which are never stale).</summary>
    private static bool IsRunning(int pid) =>
        pid == Environment.ProcessId || (OperatingSystem.IsLinux() ? Directory.Exists($"/proc/{pid}") : ProcessExists(pid));

    private static bool ProcessExists(int pid)
    {
        try { using var process = System.Diagnostics.Process.GetProcessById(pid); return !process.HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    [GeneratedRegex(@"^\.epub-(?<pid>\d{1,10})-[0-9a-f]{8}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();

    [GeneratedRegex(@"\s*:?\s*'[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedPath();
}
