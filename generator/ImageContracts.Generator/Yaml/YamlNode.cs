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
        : base(location) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }

    public override string KindName => "a list";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(LocationInfo location, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
        : base(location) => Entries = entries;

    /// <summary>Entries in document order; keys are unique (duplicates are reported when read).</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public override string KindName => "a mapping";

    public YamlNode? this[string key]
    {
        get
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
    }
}
