using System.Diagnostics;

namespace Epub.Cli;

/// <summary>
/// A batch's progress on one line of a terminal: done/total, the rate, the time left, the
/// warnings so far. Redrawn at most ten times a second; every other message clears it first and
/// it is drawn again after, so messages and progress never run into each other. Only made when
/// standard error is a terminal: a log file or a pipe gets the messages alone.
/// </summary>
internal sealed class ProgressLine(TextWriter stderr, int total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _drawnAt = long.MinValue;
    private bool _shown;

    /// <summary>ANSI: carriage return, then erase the line (every terminal emulator in use understands it).</summary>
    private const string EraseLine = "\r\u001b[K";

    public void Update(int done, int warnings, bool force = false)
    {
        var now = _clock.ElapsedMilliseconds;
        if (!force && now - _drawnAt < 100) return;
        _drawnAt = now;
        var seconds = now / 1000.0;
        var rate = seconds > 0 ? done / seconds : 0;
        var left = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : (TimeSpan?)null;
        var percent = total > 0 ? done * 100 / total : 100;
        stderr.Write($"{EraseLine}epub: {done}/{total} ({percent}%) · {rate:0.0}/s · {(left is TimeSpan t ? $"{(int)t.TotalMinutes}:{t.Seconds:00} left" : "…")} · {warnings} warning{(warnings == 1 ? "" : "s")}");
        stderr.Flush();
        _shown = true;
    }

    /// <summary>Takes the line away before a message, or at the end.</summary>
    public void Clear()
    {
        if (!_shown) return;
        stderr.Write(EraseLine);
        _shown = false;
        _drawnAt = long.MinValue;
    }
}
