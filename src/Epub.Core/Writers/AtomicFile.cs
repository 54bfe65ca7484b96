namespace Epub.Writers;

/// <summary>Writes a file so that it appears whole or not at all.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes into a temporary file beside <paramref name="path"/> (same folder, so the move is a
    /// rename on the same file system) and moves it into place only when complete. On any failure
    /// or cancellation the temporary file is deleted and nothing at <paramref name="path"/> changes.
    /// </summary>
    public static void Write(string path, Action<Stream> write, CancellationToken cancellation = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(stream);
                cancellation.ThrowIfCancellationRequested();
                stream.Flush(flushToDisk: true);
            }
            cancellation.ThrowIfCancellationRequested();
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
