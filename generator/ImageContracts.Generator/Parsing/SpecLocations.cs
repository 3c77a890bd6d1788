using System.Collections.Generic;
using ImageContracts.Generator.Diagnostics;

namespace ImageContracts.Generator.Parsing;

/// <summary>
/// Where each rule and parameter constraint of a model's endpoint is written in the YAML, so the
/// analyzer can point at the spec line a diagnostic comes from. Kept out of <see cref="Model.SpecModel"/>
/// so that moving lines never regenerates code.
/// </summary>
internal sealed class SpecLocations
{
    private readonly Dictionary<string, LocationInfo> _locations = new(System.StringComparer.Ordinal);

    public void AddRule(string modelId, string endpointId, string ruleId, LocationInfo location) => _locations[Key("rule", modelId, endpointId, ruleId)] = location;

    public void AddParameter(string modelId, string endpointId, string wire, LocationInfo location) => _locations[Key("parameter", modelId, endpointId, wire)] = location;

    public LocationInfo? Rule(string modelId, string endpointId, string ruleId) => _locations.TryGetValue(Key("rule", modelId, endpointId, ruleId), out var l) ? l : null;

    public LocationInfo? Parameter(string modelId, string endpointId, string wire) => _locations.TryGetValue(Key("parameter", modelId, endpointId, wire), out var l) ? l : null;

    private static string Key(string kind, string model, string endpoint, string name) => kind + "|" + model + "|" + endpoint + "|" + name;
}
