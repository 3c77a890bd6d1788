using System.Globalization;
using ImageContracts.Generator.Diagnostics;

namespace ImageContracts.Generator.Yaml;

/// <summary>
/// Counts the nodes one spec parse stands for: every node read, the full expansion of every alias, and
/// every node that merging, <c>extends</c> and profiles make or reuse. Shared anchors stay shared in
/// memory; the count is what keeps a small file of nested aliases from costing exponential work later.
/// </summary>
internal sealed class NodeBudget
{
    private readonly long _limit;

    public NodeBudget(long limit = SpecLimits.MaxNodes) => _limit = limit;

    public long Used { get; private set; }

    /// <summary>Adds <paramref name="nodes"/>; past the limit, throws with a diagnostic at <paramref name="at"/>.</summary>
    public void Charge(long nodes, LocationInfo? at, string what)
    {
        Used = YamlNode.AddSizes(Used, nodes);
        if (Used > _limit)
        {
            var limit = _limit.ToString("N0", CultureInfo.InvariantCulture);
            throw new SpecLimitExceededException(DiagnosticInfo.Create(
                SpecDiagnostics.LimitExceeded,
                at,
                $"The spec stands for more than {limit} YAML nodes once {what}",
                $"at most {limit} nodes in all spec files together, counting each use of an alias, inherited model and profile in full"));
        }
    }
}
