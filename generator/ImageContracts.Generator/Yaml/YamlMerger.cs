using System.Collections.Generic;

namespace ImageContracts.Generator.Yaml;

/// <summary>
/// Deep-merges spec documents: mappings merge key by key, anything else in a later file replaces the
/// earlier value. This is how a consumer's file adds a model or changes a price in the bundled spec.
/// </summary>
internal static class YamlMerger
{
    public static YamlNode Merge(YamlNode earlier, YamlNode later)
    {
        if (earlier is not YamlMapping baseMap || later is not YamlMapping overlay)
        {
            return later;
        }

        var merged = new List<KeyValuePair<YamlScalar, YamlNode>>(baseMap.Entries.Count + overlay.Entries.Count);
        foreach (var entry in baseMap.Entries)
        {
            var replacement = overlay[entry.Key.Value];
            merged.Add(replacement is null ? entry : new KeyValuePair<YamlScalar, YamlNode>(entry.Key, Merge(entry.Value, replacement)));
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
