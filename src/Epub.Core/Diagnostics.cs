namespace Epub;

public enum Severity { Info, Warning }

/// <summary>A message about the input, tied to a source line where there is one.</summary>
public sealed record Diagnostic(Severity Severity, string Source, int Line, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{Source}:{Line}: {Severity.ToString().ToLowerInvariant()}: {Message}"
                 : $"{Source}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}

/// <summary>Collects what the passes have to say about one input.</summary>
public sealed class Diagnostics(string source)
{
    private readonly List<Diagnostic> _items = [];

    public string Source { get; } = source;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasWarnings => _items.Any(d => d.Severity == Severity.Warning);

    public void Warn(int line, string message) => _items.Add(new(Severity.Warning, Source, line, message));

    /// <summary>What only <c>--verbose</c> shows: things done to the text on purpose.</summary>
    public void Info(int line, string message) => _items.Add(new(Severity.Info, Source, line, message));
}

/// <summary>Input the converter refuses, with the reason and, where known, the line.</summary>
public sealed class InputException(string message, int line = 0) : Exception(message)
{
    public int Line { get; } = line;
}
