namespace Epub.Writers;

/// <summary>
/// The temporary files a batch's workers stage (<see cref="AtomicFile.Stage"/>) and have not yet
/// named. An interrupted batch ends without waiting for conversions still running, and the
/// process ends with it, killing those workers wherever they are: a worker killed between creating
/// its temporary file and deleting it would leave it behind. <see cref="Close"/> deletes every
/// file still here and refuses new ones, under the same lock that creates them, so no worker can
/// create a file after the batch has cleaned up.
/// </summary>
public sealed class StagedFiles
{
    private readonly Lock gate = new();
    private readonly HashSet<string> live = new(StringComparer.Ordinal);
    private bool closed;

    internal FileStream Create(string temporary)
    {
        lock (gate)
        {
            if (closed) throw new OperationCanceledException("the batch has ended");
            var stream = AtomicFile.Create(temporary);
            live.Add(temporary);
            return stream;
        }
    }

    /// <summary>
    /// Deletes every staged file still under its temporary name (a named book has left it, and
    /// names carry this process's id, so no other file can have it), and refuses to stage any more.
    /// </summary>
    public void Close()
    {
        lock (gate)
        {
            closed = true;
            // On Unix a file still being written can be deleted: the writer's bytes go nowhere.
            foreach (var temporary in live) AtomicFile.Discard(temporary);
            live.Clear();
        }
    }
}
