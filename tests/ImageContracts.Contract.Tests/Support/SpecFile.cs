using System.Text.RegularExpressions;

namespace ImageContracts.Contract.Tests.Support;

/// <summary>
/// Reads the few facts the catalog tests compare against straight from the spec file (copied next to the test
/// assembly), independently of the generator: model ids, C# type names, aliases, <c>extends</c>, shutdown dates
/// and endpoint ids, plus the top-level endpoints' paths and default models. A line-based reader for the layout
/// of <c>spec/openai-images.imagespec.yaml</c>, not a YAML parser.
/// </summary>
internal static partial class SpecFile
{
    private static readonly Lazy<string[]> Lines = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Spec", "openai-images.imagespec.yaml")));

    private static readonly Lazy<IReadOnlyList<SpecModel>> ModelsLazy = new(ReadModels);

    private static readonly Lazy<IReadOnlyList<SpecEndpoint>> EndpointsLazy = new(ReadEndpoints);

    public static IReadOnlyList<SpecModel> Models => ModelsLazy.Value;

    public static IReadOnlyList<SpecEndpoint> Endpoints => EndpointsLazy.Value;

    /// <summary>The endpoint ids a model serves, including those inherited through <c>extends</c>.</summary>
    public static IReadOnlyCollection<string> EndpointsOf(SpecModel model)
    {
        var ids = new SortedSet<string>(model.Endpoints, StringComparer.Ordinal);
        SpecModel? parent = model.Extends is null ? null : Models.Single(m => m.Id == model.Extends);
        if (parent is not null)
        {
            ids.UnionWith(EndpointsOf(parent));
        }

        return ids;
    }

    private static IReadOnlyList<SpecModel> ReadModels()
    {
        var models = new List<SpecModel>();
        SpecModel? current = null;
        bool inEndpoints = false;
        bool inLifecycle = false;
        foreach ((int indent, string text) in Section("models"))
        {
            if (indent == 2 && Key().Match(text) is { Success: true } modelKey)
            {
                current = new SpecModel(modelKey.Groups[1].Value);
                models.Add(current);
                inEndpoints = inLifecycle = false;
                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (indent == 4)
            {
                inEndpoints = text == "endpoints:";
                inLifecycle = text == "lifecycle:";
                if (KeyValue().Match(text) is { Success: true } pair)
                {
                    string key = pair.Groups[1].Value;
                    string value = pair.Groups[2].Value.Trim();
                    switch (key)
                    {
                        case "type": current.Type = value; break;
                        case "extends": current.Extends = value == "null" ? null : value; break;
                        case "aliases": current.Aliases.AddRange(FlowList(value)); break;
                        case "lifecycle": current.Shutdown = Shutdown(value); break;
                    }
                }
            }
            else if (indent == 6 && inEndpoints && Key().Match(text) is { Success: true } endpoint)
            {
                current.Endpoints.Add(endpoint.Groups[1].Value);
            }
            else if (indent == 6 && inLifecycle && text.StartsWith("shutdown:", StringComparison.Ordinal))
            {
                current.Shutdown = Shutdown("{ " + text + " }");
            }
        }

        return models;
    }

    private static IReadOnlyList<SpecEndpoint> ReadEndpoints()
    {
        var endpoints = new List<SpecEndpoint>();
        SpecEndpoint? current = null;
        foreach ((int indent, string text) in Section("endpoints"))
        {
            if (indent == 2 && Key().Match(text) is { Success: true } id)
            {
                current = new SpecEndpoint(id.Groups[1].Value);
                endpoints.Add(current);
            }
            else if (indent == 4 && current is not null && KeyValue().Match(text) is { Success: true } pair)
            {
                string value = pair.Groups[2].Value.Trim();
                switch (pair.Groups[1].Value)
                {
                    case "name": current.Name = value; break;
                    case "path": current.Path = value; break;
                    case "body": current.Body = value; break;
                    case "request": current.Request = value; break;
                    case "defaultModel": current.DefaultModel = value; break;
                    case "defaultModelWithGptParameters": current.DefaultModelWithGptParameters = value; break;
                    case "explicitModel": current.ExplicitModel = value == "true"; break;
                }
            }
        }

        return endpoints;
    }

    /// <summary>The lines of a top-level section as (indent, text without comment), blank lines skipped.</summary>
    private static IEnumerable<(int Indent, string Text)> Section(string name)
    {
        bool inside = false;
        foreach (string raw in Lines.Value)
        {
            string line = StripComment(raw).TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            int indent = line.Length - line.TrimStart().Length;
            if (indent == 0)
            {
                inside = line == name + ":";
                continue;
            }

            if (inside)
            {
                yield return (indent, line.Trim());
            }
        }
    }

    private static string StripComment(string line)
    {
        if (line.TrimStart().StartsWith('#'))
        {
            return "";
        }

        int hash = line.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? line : line.Substring(0, hash);
    }

    private static IEnumerable<string> FlowList(string value) =>
        value.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateOnly? Shutdown(string flowMapping) =>
        ShutdownDate().Match(flowMapping) is { Success: true } match ? DateOnly.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^([A-Za-z0-9][A-Za-z0-9._-]*):(?:\s.*)?$")]
    private static partial Regex Key();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9]*):\s*(.+)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"shutdown:\s*(\d{4}-\d{2}-\d{2})")]
    private static partial Regex ShutdownDate();
}

internal sealed class SpecModel(string id)
{
    public string Id { get; } = id;

    public string? Type { get; set; }

    public string? Extends { get; set; }

    public List<string> Aliases { get; } = new();

    public DateOnly? Shutdown { get; set; }

    public List<string> Endpoints { get; } = new();

    public override string ToString() => Id;
}

internal sealed class SpecEndpoint(string id)
{
    public string Id { get; } = id;

    public string? Name { get; set; }

    public string? Path { get; set; }

    public string? Body { get; set; }

    public string? Request { get; set; }

    public string? DefaultModel { get; set; }

    public string? DefaultModelWithGptParameters { get; set; }

    public bool ExplicitModel { get; set; }

    public override string ToString() => Id;
}
