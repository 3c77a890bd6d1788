using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImageContracts.Generator.Diagnostics;

/// <summary>A value-equal place in a spec file; becomes a Roslyn <see cref="Location"/> only when reported.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan Lines)
{
    public Location ToLocation() => Location.Create(FilePath, Span, Lines);

    public override string ToString() => $"{FilePath}({Lines.Start.Line + 1},{Lines.Start.Character + 1})";
}
