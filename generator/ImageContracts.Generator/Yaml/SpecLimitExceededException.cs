using System;
using ImageContracts.Generator.Diagnostics;

namespace ImageContracts.Generator.Yaml;

/// <summary>
/// Stops reading a spec that crossed one of <see cref="SpecLimits"/>; the parser turns it into the
/// located diagnostic it carries, since nothing after that point could be trusted to finish.
/// </summary>
internal sealed class SpecLimitExceededException : Exception
{
    public SpecLimitExceededException(DiagnosticInfo diagnostic)
        : base(string.Join(" ", diagnostic.Arguments)) => Diagnostic = diagnostic;

    public DiagnosticInfo Diagnostic { get; }
}
