using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Parsing;

/// <summary>The parsed spec (null when nothing usable was found) and every problem found on the way.</summary>
internal sealed record SpecParseResult(SpecModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
