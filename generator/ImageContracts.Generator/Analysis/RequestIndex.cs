using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Binding;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Analysis;

/// <summary>
/// Maps the generated types of one compilation (or of a referenced assembly built from the same spec)
/// to the spec entries they come from. Built once per compilation; lookups are one dictionary probe.
/// </summary>
internal sealed class RequestIndex
{
    private readonly Dictionary<ISymbol, RequestTarget> _requests = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, (ModelSpec Model, ParameterSpec Parameter)> _sizes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _catalogs = new(SymbolEqualityComparer.Default);

    private RequestIndex(SpecModel spec, SpecLocations locations)
    {
        Spec = spec;
        Locations = locations;
    }

    public SpecModel Spec { get; }

    public SpecLocations Locations { get; }

    public bool IsEmpty => _requests.Count == 0 && _catalogs.Count == 0;

    /// <summary>True for a generated <c>ImageContract</c> class, whose Validate/EstimateCost take constant dictionaries.</summary>
    public bool IsCatalog(ITypeSymbol? type) => type is not null && _catalogs.Contains(type);

    /// <summary>
    /// Indexes the generated types of this compilation and of referenced assemblies built with ImageContracts
    /// (a library that made its generated types public), under this project's namespace or the default one.
    /// </summary>
    public static RequestIndex Build(Compilation compilation, SpecModel spec, SpecLocations locations, GeneratorOptions options)
    {
        var sources = new List<IAssemblySymbol> { compilation.Assembly };
        sources.AddRange(compilation.SourceModule.ReferencedAssemblySymbols.Where(a => a.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == "ImageContracts"))));
        var namespaces = new[] { options.Namespace, GeneratorOptions.DefaultNamespace }.Distinct().ToArray();
        var index = new RequestIndex(spec, locations);
        foreach (var source in sources)
        {
            foreach (var ns in namespaces)
            {
                index.AddTypes(source, spec, ns);
            }
        }

        return index;
    }

    private void AddTypes(IAssemblySymbol assembly, SpecModel spec, string ns)
    {
        if (assembly.GetTypeByMetadataName($"{ns}.ImageContract") is { } catalog)
        {
            _catalogs.Add(catalog);
        }

        foreach (var model in spec.Models)
        {
            var plan = new ValueTypePlan(model);
            foreach (var endpoint in model.Endpoints)
            {
                var type = assembly.GetTypeByMetadataName($"{ns}.{model.TypeName}+{endpoint.Kind.RequestType}");
                if (type is null || _requests.ContainsKey(type))
                {
                    continue;
                }

                var target = new RequestTarget(endpoint.Kind, model, endpoint);
                foreach (var parameter in endpoint.Parameters)
                {
                    target.Properties[CSharpNames.PropertyName(parameter)] = parameter.Wire;
                    if (plan.TypeName(endpoint, parameter) is { } valueType)
                    {
                        target.ValueTypes[parameter.Wire] = $"global::{ns}.{model.TypeName}.{valueType}";
                    }
                }

                _requests[type] = target;
            }

            foreach (var valueType in plan.Types.Where(t => t.IsFreeForm))
            {
                if (assembly.GetTypeByMetadataName($"{ns}.{model.TypeName}+{valueType.Name}") is { } sizeType)
                {
                    _sizes[sizeType] = (model, valueType.Parameter);
                }
            }
        }

        foreach (var (endpointId, typeName) in CSharpNames.LooseTypes)
        {
            var kind = spec.EndpointKinds.FirstOrDefault(k => k.Id == endpointId);
            if (kind is null || assembly.GetTypeByMetadataName($"{ns}.{typeName}") is not { } type || _requests.ContainsKey(type))
            {
                continue;
            }

            var target = new RequestTarget(kind, null, null);
            target.Properties["Model"] = "model";
            foreach (var parameter in spec.Models.SelectMany(m => m.Endpoints).Where(e => e.Kind.Id == endpointId).SelectMany(e => e.Parameters))
            {
                target.Properties[CSharpNames.PropertyName(parameter)] = parameter.Wire;
                target.Properties[parameter.Name] = parameter.Wire;
            }

            _requests[type] = target;
        }
    }

    public RequestTarget? Find(ITypeSymbol? type) => type is not null && _requests.TryGetValue(type.OriginalDefinition, out var target) ? target : null;

    public (ModelSpec Model, ParameterSpec Parameter)? FindSize(ITypeSymbol? type) => type is not null && _sizes.TryGetValue(type, out var size) ? size : null;

    /// <summary>A model by id or alias.</summary>
    public ModelSpec? FindModel(string id) => Spec.Models.FirstOrDefault(m => m.Id == id || m.Aliases.Contains(id));
}
