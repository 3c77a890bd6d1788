using System.Collections.Generic;

namespace ImageContracts.Generator.Yaml;

/// <summary>
/// Deep-merges spec documents: mappings merge key by key, anything else in a later file replaces the
/// earlier value. This is how a consumer's file adds a model or changes a price in the bundled spec.
/// Subtrees only one side has are shared, not copied; every entry a merged mapping holds is charged to
/// the <see cref="NodeBudget"/>, and recursion follows both trees, so it is no deeper than
/// <see cref="SpecLimits.MaxDepth"/>.
/// </summary>
internal static class YamlMerger
{
    public static YamlNode Merge(YamlNode earlier, YamlNode later, NodeBudget budget)
    {
        if (earlier is not YamlMapping baseMap || later is not YamlMapping overlay)
        {
            return later;
        }

        budget.Charge(1 + (long)baseMap.Entries.Count + overlay.Entries.Count, overlay.Location, "spec files, inherited models and profiles are merged");
        var merged = new List<KeyValuePair<YamlScalar, YamlNode>>(baseMap.Entries.Count + overlay.Entries.Count);
        foreach (var entry in baseMap.Entries)
        {
            var replacement = overlay[entry.Key.Value];
            merged.Add(replacement is null ? entry : new KeyValuePair<YamlScalar, YamlNode>(entry.Key, Merge(entry.Value, replacement, budget)));
        }

        foreach (var entry in overlay.Entries)
        {
            if (baseMap[entry.Key.Value] is null)
            {
                merged.Add(entry);
            }
        }

        return new YamlMapping(baseMap.Location, merged);
    }
}
