using System.Globalization;

namespace ImageContracts.Overlays;

/// <summary>One problem the spec parser found in an overlay: the same diagnostic (id, message, place) the source generator
/// reports at build time for the same YAML.</summary>
public sealed class SpecProblem
{
    internal SpecProblem(string id, bool isError, string message, string? file, int line, int column)
    {
        Id = id;
        IsError = isError;
        Message = message;
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The diagnostic id, such as <c>IMGSPEC005</c> (see docs/diagnostics.md).</summary>
    public string Id { get; }

    /// <summary>True for an error (the overlay is refused), false for a warning (reported, the overlay is used).</summary>
    public bool IsError { get; }

    /// <summary>What is wrong and what is allowed.</summary>
    public string Message { get; }

    /// <summary>The file as it was given (its path, or the name passed to <c>SpecOverlay.Parse</c>); null when the problem
    /// has no place, such as a spec without models.</summary>
    public string? File { get; }

    /// <summary>1-based line; 0 when there is no place.</summary>
    public int Line { get; }

    /// <summary>1-based column; 0 when there is no place.</summary>
    public int Column { get; }

    /// <summary><c>file(line,col): error IMGSPEC005: message</c>, as the compiler writes diagnostics.</summary>
    public override string ToString()
        => (File is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): "))
           + (IsError ? "error " : "warning ") + Id + ": " + Message;
}
