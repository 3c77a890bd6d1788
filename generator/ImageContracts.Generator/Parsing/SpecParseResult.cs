using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Parsing;

/// <summary>
/// The parsed spec (null when nothing usable was found), every problem found on the way, and where
/// rules and parameters sit in the YAML (compared by reference: it changes whenever the text does).
/// </summary>
internal sealed record SpecParseResult(SpecModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, SpecLocations Locations);
