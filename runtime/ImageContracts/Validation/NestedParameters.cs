using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ImageContracts;

/// <summary>
/// Object-valued wire parameters (<c>svg: {model, reasoning: {effort}}</c>) are described in the spec by dotted
/// wire names (<c>svg.model</c>, <c>svg.reasoning.effort</c>), one per leaf. This turns an object given under
/// <c>svg</c> (a dictionary or a JSON object, as JSON carries it) into those dotted keys, so the validator and the
/// cost calculator see one value per parameter. Dotted keys given directly pass through unchanged.
/// </summary>
internal static class NestedParameters
{
    // Deeper objects than any spec parameter are kept whole and reported as unknown or of the wrong type.
    private const int MaxDepth = 4;

    public static IReadOnlyDictionary<string, object?> Flatten(EndpointContract endpoint, IReadOnlyDictionary<string, object?> values)
    {
        if (!endpoint.Parameters.Any(p => p.WireName.Contains('.', StringComparison.Ordinal))
            || !values.Any(pair => TryMembers(pair.Value, out _)))
        {
            return values;
        }

        var flat = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> pair in values)
        {
            string prefix = pair.Key + ".";
            if (endpoint.Parameters.Any(p => p.WireName.StartsWith(prefix, StringComparison.Ordinal)))
            {
                Expand(pair.Key, pair.Value, flat, 0);
            }
            else
            {
                flat[pair.Key] = pair.Value;
            }
        }

        return flat;
    }

    private static void Expand(string path, object? value, Dictionary<string, object?> flat, int depth)
    {
        if (depth < MaxDepth && TryMembers(value, out IEnumerable<KeyValuePair<string, object?>> members))
        {
            foreach (KeyValuePair<string, object?> member in members)
            {
                Expand(path + "." + member.Key, member.Value, flat, depth + 1);
            }
        }
        else
        {
            flat[path] = value;
        }
    }

    private static bool TryMembers(object? value, out IEnumerable<KeyValuePair<string, object?>> members)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> dictionary:
                members = dictionary;
                return true;
            case IDictionary<string, object?> dictionary:
                members = dictionary;
                return true;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                members = element.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value));
                return true;
            default:
                members = Array.Empty<KeyValuePair<string, object?>>();
                return false;
        }
    }
}
