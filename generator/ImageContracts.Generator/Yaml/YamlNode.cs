using System.Collections.Generic;
using ImageContracts.Generator.Diagnostics;

namespace ImageContracts.Generator.Yaml;

/// <summary>
/// A YAML node that remembers where it came from, so every spec problem can be reported at its line.
/// Nodes from several files are merged into one tree; each keeps its own file's location.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(LocationInfo location) => Location = location;

    public LocationInfo Location { get; }

    /// <summary>
    /// How many nodes this one stands for with every alias below it expanded (itself included), computed
    /// from the children when built, so a tree of shared anchors is measured without being walked.
    /// </summary>
    public long Size { get; protected set; } = 1;

    /// <summary>Adds node counts without overflowing: sizes of nested aliases grow exponentially.</summary>
    public static long AddSizes(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>What the node is, for messages: "a mapping", "a list", "a scalar".</summary>
    public abstract string KindName { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(LocationInfo location, string value, bool isQuoted)
        : base(location)
    {
        Value = value;
        IsQuoted = isQuoted;
    }

    public string Value { get; }

    /// <summary>Quoted scalars are always strings; plain ones may be null, numbers or booleans.</summary>
    public bool IsQuoted { get; }

    public bool IsNull => !IsQuoted && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string KindName => "a scalar";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(LocationInfo location, IReadOnlyList<YamlNode> items)
        : base(location)
    {
        Items = items;
        foreach (var item in items)
        {
            Size = AddSizes(Size, item.Size);
        }
    }

    public IReadOnlyList<YamlNode> Items { get; }

    public override string KindName => "a list";
}

internal sealed class YamlMapping : YamlNode
{
    private const int IndexThreshold = 8;

    private Dictionary<string, YamlNode>? _index;

    public YamlMapping(LocationInfo location, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
        : base(location)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            Size = AddSizes(Size, AddSizes(entry.Key.Size, entry.Value.Size));
        }
    }

    /// <summary>Entries in document order; keys are unique (duplicates are reported when read).</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public override string KindName => "a mapping";

    /// <summary>Looks a key up in constant time once the mapping is wide, so merging wide mappings stays linear.</summary>
    public YamlNode? this[string key]
    {
        get
        {
            if (Entries.Count <= IndexThreshold)
            {
                foreach (var entry in Entries)
                {
                    if (entry.Key.Value == key)
                    {
                        return entry.Value;
                    }
                }

                return null;
            }

            return (_index ??= BuildIndex()).TryGetValue(key, out var value) ? value : null;
        }
    }

    private Dictionary<string, YamlNode> BuildIndex()
    {
        var index = new Dictionary<string, YamlNode>(Entries.Count, System.StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (!index.ContainsKey(entry.Key.Value))
            {
                index.Add(entry.Key.Value, entry.Value);
            }
        }

        return index;
    }
}
