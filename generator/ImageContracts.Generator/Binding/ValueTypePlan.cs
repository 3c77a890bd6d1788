using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Binding;

/// <summary>
/// Decides the nested value types of a model class. A parameter whose values are the same on every
/// endpoint gets one type (<c>GptImage1.Size</c>); where endpoints differ, each gets its own
/// (<c>EditSize</c>), so no type ever holds a value an endpoint would reject.
/// </summary>
internal sealed class ValueTypePlan
{
    private readonly Dictionary<(string Endpoint, string Wire), string> _typeNames = new();

    public ValueTypePlan(ModelSpec model)
    {
        var byWire = model.Endpoints
            .SelectMany(e => e.Parameters.Where(HasValueType).Select(p => (Endpoint: e, Parameter: p)))
            .GroupBy(x => x.Parameter.Wire);

        foreach (var group in byWire)
        {
            var distinct = group.Select(x => x.Parameter).GroupBy(Signature).ToList();
            foreach (var item in group)
            {
                var name = distinct.Count == 1 ? item.Parameter.Name : EndpointPrefix(item.Endpoint.Kind) + item.Parameter.Name;
                _typeNames[(item.Endpoint.Kind.Id, item.Parameter.Wire)] = name;
                if (!Types.Any(t => t.Name == name))
                {
                    Types.Add(new ValueType(name, item.Parameter));
                }
            }
        }
    }

    public List<ValueType> Types { get; } = new();

    /// <summary>The nested type name for a parameter of an endpoint, or null when it has none (free text, numbers, files).</summary>
    public string? TypeName(EndpointSpec endpoint, ParameterSpec parameter)
        => _typeNames.TryGetValue((endpoint.Kind.Id, parameter.Wire), out var name) ? name : null;

    public static bool HasValueType(ParameterSpec p)
        => (p.Type is ParameterTypes.String or ParameterTypes.Size) && (!p.Values.IsEmpty || p.FreeForm is not null);

    private static string Signature(ParameterSpec p)
        => string.Join("|", p.Values.Select(v => v.Value + "=" + v.MemberName)) + (p.FreeForm is null ? string.Empty : "|free:" + p.FreeForm);

    private static string EndpointPrefix(EndpointKindSpec kind)
        => kind.RequestType.EndsWith("Request") ? kind.RequestType.Substring(0, kind.RequestType.Length - "Request".Length) : kind.RequestType;

    internal sealed record ValueType(string Name, ParameterSpec Parameter)
    {
        public bool IsFreeForm => Parameter.FreeForm is not null;
    }
}
