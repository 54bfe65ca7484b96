using System.Diagnostics;

namespace Epub.Tests.Tools;

/// <summary>The CLI as its own process, as a person runs it: real argv bytes, environment, signals, exit code.</summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "epub.dll");

    public sealed record Outcome(int Code, string Out, string Err);

    public static Task<Outcome> Run(IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null, int timeoutSeconds = 120) =>
        Start("dotnet", [Dll, .. args], workingDirectory, environment, timeoutSeconds);

    /// <summary>A shell command line (for names .NET strings cannot carry, such as a Latin-1 byte); <c>$EPUB</c> runs the CLI.</summary>
    public static Task<Outcome> Shell(string command, string workingDirectory, int timeoutSeconds = 120) =>
        Start("bash", ["-c", command], workingDirectory, new Dictionary<string, string> { ["EPUB"] = $"dotnet {Dll}" }, timeoutSeconds);

    private static async Task<Outcome> Start(string file, string[] args, string? workingDirectory, IDictionary<string, string>? environment, int timeoutSeconds)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} did not end within {timeoutSeconds} s");
        }
        return new(process.ExitCode, await stdout, await stderr);
    }
}
