namespace ImageContracts.Generator.Yaml;

/// <summary>
/// Ceilings that keep reading spec files bounded in time, memory and stack on any input, since the
/// generator runs inside the compiler and an IDE. Real specs stay far below them: the bundled spec nests
/// 9 levels deep and expands to about 7,000 nodes.
/// </summary>
internal static class SpecLimits
{
    /// <summary>Deepest nesting of mappings and lists a spec file may use; the spec's own schema needs about 10.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Most nodes the spec may stand for once aliases are expanded, files merged, <c>extends</c> resolved and
    /// profiles applied: everything later stages walk. Counted, never materialized.
    /// </summary>
    public const long MaxNodes = 100_000;
}
