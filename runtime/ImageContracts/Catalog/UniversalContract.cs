using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

/// <summary>
/// Builds the contract an unknown model is checked against: what every model the spec knows for the endpoint has in
/// common, derived from their contracts (no separate spec block to keep in step). A parameter is listed when any known
/// model has it, with the widest of their ranges; it is required only when every model requires it.
/// </summary>
/// <remarks>Deliberately not derived: allowed-value lists, defaults, file and free-form size constraints, rejected
/// parameters and rules. Those are what new models change (new qualities, formats, sizes), so checking an unknown
/// model against them would refuse requests the API accepts. Parameters no known model has get a warning, not an error.</remarks>
internal static class UniversalContract
{
    public static EndpointContract? Build(ImageEndpoint endpoint, IEnumerable<ModelContract> models)
    {
        List<EndpointContract> serving = models.Select(m => m.FindEndpoint(endpoint)).OfType<EndpointContract>().ToList();
        if (serving.Count == 0)
        {
            return null;
        }

        var byWire = new List<(string Wire, List<ParameterContract> Uses)>();
        foreach (ParameterContract parameter in serving.SelectMany(e => e.Parameters))
        {
            int index = byWire.FindIndex(x => x.Wire == parameter.WireName);
            if (index < 0)
            {
                byWire.Add((parameter.WireName, new List<ParameterContract> { parameter }));
            }
            else
            {
                byWire[index].Uses.Add(parameter);
            }
        }

        string derivedFrom = string.Join(", ", serving.Select(e => e.Model));
        return new EndpointContract
        {
            Endpoint = endpoint,
            Model = "(unknown model)",
            Path = serving[0].Path,
            Body = serving[0].Body,
            AllowsUnlistedParameters = true,
            Note = "Derived from the contracts of " + derivedFrom + ".",
            Parameters = byWire.Select(x => Merge(x.Uses, serving.Count)).ToArray(),
        };
    }

    /// <summary>The same contract named for <paramref name="model"/>, so messages say which model was checked.</summary>
    public static EndpointContract For(EndpointContract universal, string model) => new()
    {
        Endpoint = universal.Endpoint,
        Model = model,
        Path = universal.Path,
        Body = universal.Body,
        AllowsUnlistedParameters = universal.AllowsUnlistedParameters,
        Note = universal.Note,
        Parameters = universal.Parameters,
    };

    private static ParameterContract Merge(List<ParameterContract> uses, int modelCount)
    {
        ParameterContract first = uses[0];
        return new ParameterContract
        {
            WireName = first.WireName,
            Name = first.Name,
            Kind = uses.Select(u => u.Kind).FirstOrDefault(IsList, first.Kind),
            Required = uses.Count == modelCount && uses.All(u => u.Required),
            Minimum = Widest(uses, u => u.Minimum, Math.Min),
            Maximum = Widest(uses, u => u.Maximum, Math.Max),
            MinLength = Widest(uses, u => u.MinLength, Math.Min),
            MaxLength = Widest(uses, u => u.MaxLength, Math.Max),
            Description = first.Description,
        };
    }

    // A bound holds for an unknown model only when every known model that has the parameter bounds it.
    private static int? Widest(List<ParameterContract> uses, Func<ParameterContract, int?> bound, Func<int, int, int> wider) =>
        uses.All(u => bound(u) is not null) ? uses.Select(u => bound(u)!.Value).Aggregate(wider) : null;

    private static bool IsList(ParameterKind kind) => kind is ParameterKind.Images or ParameterKind.ImageReferences;
}
