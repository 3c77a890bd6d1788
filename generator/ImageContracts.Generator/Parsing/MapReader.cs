using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Yaml;

namespace ImageContracts.Generator.Parsing;

/// <summary>
/// Typed access to one YAML mapping of the spec. Every read that fails reports a located diagnostic
/// and returns a neutral value, so one mistake never hides the next.
/// </summary>
internal sealed class MapReader
{
    private readonly YamlMapping _map;
    private readonly string _context;
    private readonly List<DiagnosticInfo> _diagnostics;

    public MapReader(YamlMapping map, string context, List<DiagnosticInfo> diagnostics, params string[] knownKeys)
    {
        _map = map;
        _context = context;
        _diagnostics = diagnostics;
        // Mappings keyed by names (models, sources, ...) pass no known keys and accept any.
        foreach (var entry in knownKeys.Length == 0 ? new List<KeyValuePair<YamlScalar, YamlNode>>() : map.Entries)
        {
            if (System.Array.IndexOf(knownKeys, entry.Key.Value) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.UnknownKey, entry.Key.Location, entry.Key.Value, context, string.Join(", ", knownKeys)));
            }
        }
    }

    public YamlMapping Map => _map;

    public string Context => _context;

    /// <summary>Reads the mapping under <paramref name="node"/>, or reports that it is not one.</summary>
    public static MapReader? Open(YamlNode? node, string context, List<DiagnosticInfo> diagnostics, params string[] knownKeys)
    {
        if (node is YamlMapping map)
        {
            return new MapReader(map, context, diagnostics, knownKeys);
        }

        if (node is not null && !(node is YamlScalar { IsNull: true }))
        {
            diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, node.Location, context, "a mapping"));
        }

        return null;
    }

    public YamlNode? Node(string key) => _map[key];

    public bool Has(string key) => _map[key] is { } node && !(node is YamlScalar { IsNull: true });

    public YamlScalar? Scalar(string key, bool required = false)
    {
        var node = _map[key];
        if (node is null || node is YamlScalar { IsNull: true })
        {
            if (required)
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.MissingKey, _map.Location, _context, key));
            }

            return null;
        }

        if (node is YamlScalar scalar)
        {
            return scalar;
        }

        _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, node.Location, $"{_context}.{key}", "a single value"));
        return null;
    }

    public string? String(string key, bool required = false) => Scalar(key, required)?.Value;

    public bool? Bool(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "true":
            case "True":
            case "yes":
                return true;
            case "false":
            case "False":
            case "no":
                return false;
            default:
                Invalid(scalar, "boolean (true or false)", key);
                return null;
        }
    }

    public long? Long(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        var text = scalar.Value.Replace("_", string.Empty);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Invalid(scalar, "whole number", key);
        return null;
    }

    public int? Int(string key, bool required = false)
    {
        var value = Long(key, required);
        if (value is null)
        {
            return null;
        }

        if (value < int.MinValue || value > int.MaxValue)
        {
            Invalid(Scalar(key)!, "32-bit whole number", key);
            return null;
        }

        return (int)value;
    }

    public double? Double(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && !double.IsInfinity(value))
        {
            return value;
        }

        Invalid(scalar, "positive number", key);
        return null;
    }

    /// <summary>A price or other exact decimal, returned in invariant text so emitted literals match the spec.</summary>
    public string? Decimal(string key)
    {
        var scalar = Scalar(key);
        return scalar is null ? null : DecimalText(scalar, key, _diagnostics);
    }

    public static string? DecimalText(YamlScalar scalar, string key, List<DiagnosticInfo> diagnostics)
    {
        if (decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidValue, scalar.Location, scalar.Value, "non-negative decimal number", key));
        return null;
    }

    /// <summary>A calendar date written as YYYY-MM-DD.</summary>
    public string? Date(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (System.DateTime.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return scalar.Value;
        }

        Invalid(scalar, "date (YYYY-MM-DD)", key);
        return null;
    }

    /// <summary>A single value or a list of values.</summary>
    public IReadOnlyList<YamlScalar> Scalars(string key)
    {
        var node = _map[key];
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                return System.Array.Empty<YamlScalar>();
            case YamlScalar scalar:
                return new[] { scalar };
            case YamlSequence sequence:
                var items = new List<YamlScalar>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar s)
                    {
                        items.Add(s);
                    }
                    else
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, item.Location, $"each item of {_context}.{key}", "a single value"));
                    }
                }

                return items;
            default:
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.WrongNodeKind, node.Location, $"{_context}.{key}", "a value or a list of values"));
                return System.Array.Empty<YamlScalar>();
        }
    }

    /// <summary>The <c>source:</c> of a fact: one key or a list, each checked against <c>sources:</c>.</summary>
    public string Source(ISet<string> knownSources)
    {
        var keys = Scalars("source");
        foreach (var key in keys)
        {
            if (knownSources.Count > 0 && !knownSources.Contains(key.Value))
            {
                _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.UnknownReference, key.Location, "Source", key.Value, Preview(knownSources)));
            }
        }

        return string.Join(", ", keys.Select(k => k.Value));
    }

    /// <summary>The <c>note:</c> with any <c>conflict:</c> text appended, so both reach the generated docs.</summary>
    public string? Note()
    {
        var note = String("note");
        var conflict = String("conflict");
        if (conflict is null)
        {
            return note;
        }

        return note is null ? "Conflict: " + conflict : note + " Conflict: " + conflict;
    }

    public void Invalid(YamlScalar scalar, string expected, string key)
        => _diagnostics.Add(DiagnosticInfo.Create(SpecDiagnostics.InvalidValue, scalar.Location, scalar.Value, expected, key));

    public static string Preview(IEnumerable<string> names)
    {
        var list = names.OrderBy(n => n, System.StringComparer.Ordinal).ToList();
        return list.Count <= 12 ? string.Join(", ", list) : string.Join(", ", list.Take(12)) + $", … ({list.Count} in all)";
    }
}
