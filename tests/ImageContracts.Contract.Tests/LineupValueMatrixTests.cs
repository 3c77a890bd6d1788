// These tests build invalid requests on purpose, through reflection and the dictionary entry point, to check that
// the three entry points agree; the analyzer would report constant versions at compile time.
#pragma warning disable IMG0001, IMG0002, IMG0003, IMG0004, IMG0005, IMG0006, IMG0007, IMG0008, IMG0009, IMG0010, IMG0011, IMG0012

using System.Reflection;
using ImageContracts.Contract.Tests.Support;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// The models live on 2026-12-01 (gpt-image-2.5-sunburst/-flare, gpt-image-2.6-sunburst/-flare), every endpoint,
/// every parameter with enumerated values or an integer range, enumerated from the catalog: each allowed value is
/// accepted and its neighbours (values other models accept, other casing, just outside a range) are refused, and the
/// typed request (set through reflection), the loose request and the dictionary entry point report the same findings.
/// A value the model refuses cannot even be put into its typed request (the generated enum's TryParse says false).
/// </summary>
public class LineupValueMatrixTests
{
    private const string Host = "gpt-5.5";
    private static readonly string[] NewModels = { "gpt-image-2.5-sunburst", "gpt-image-2.5-flare", "gpt-image-2.6-sunburst", "gpt-image-2.6-flare" };
    private static readonly string[] ValueErrors =
    {
        ValidationCodes.ValueNotAllowed, ValidationCodes.OutOfRange, ValidationCodes.InvalidType, ValidationCodes.ParameterRejected, ValidationCodes.UnknownParameter,
    };

    public static TheoryData<string, string, string> Parameters()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string id in NewModels)
        {
            foreach (EndpointContract endpoint in ImageContract.Find(id)!.Endpoints)
            {
                foreach (ParameterContract parameter in endpoint.Parameters.Where(p => p.Kind != ParameterKind.Size && (p.Values.Count > 0 || p.Minimum is not null)))
                {
                    data.Add(id, WireValue.Endpoint(endpoint.Endpoint), parameter.WireName);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_matrix_covers_every_new_model_on_every_endpoint_and_the_new_parameters()
    {
        var rows = Parameters().Select(r => ((string)r[0], (string)r[1], (string)r[2])).ToList();
        foreach (string id in NewModels)
        {
            Assert.Equal(new[] { "edits", "generations", "json-edits", "responses" }, rows.Where(r => r.Item1 == id).Select(r => r.Item2).Distinct().Order(StringComparer.Ordinal));
        }

        string[] newParameters = { "complexity", "frame_count", "frame_duration_ms", "svg.reasoning.effort" };
        Assert.All(newParameters, wire => Assert.Contains(rows, r => r.Item1 == "gpt-image-2.6-flare" && r.Item3 == wire));
        Assert.DoesNotContain(rows, r => r.Item1.StartsWith("gpt-image-2.5", StringComparison.Ordinal) && newParameters.Contains(r.Item3));
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Every_allowed_value_is_accepted_the_same_through_typed_loose_and_dictionary(string model, string endpoint, string wire)
    {
        ParameterContract parameter = Contract(model, endpoint).FindParameter(wire)!;
        foreach (object value in AllowedSamples(parameter))
        {
            IReadOnlyList<ValidationResult> results = ValidateEverywhere(model, endpoint, wire, value, expectRepresentable: true);
            foreach (ValidationResult result in results)
            {
                Assert.DoesNotContain(result.All, f => f.Parameter == wire && ValueErrors.Contains(f.Code));
            }

            Assert.All(results.Skip(1), r => Assert.Equal(Findings(results[0]), Findings(r)));
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Every_neighbour_value_is_refused_the_same_through_loose_and_dictionary_and_cannot_be_typed(string model, string endpoint, string wire)
    {
        ParameterContract parameter = Contract(model, endpoint).FindParameter(wire)!;
        foreach (object value in Neighbours(model, endpoint, parameter))
        {
            IReadOnlyList<ValidationResult> results = ValidateEverywhere(model, endpoint, wire, value, expectRepresentable: value is not string);
            foreach (ValidationResult result in results)
            {
                Assert.Contains(result.Errors, f => f.Parameter == wire && ValueErrors.Contains(f.Code));
            }

            Assert.All(results.Skip(1), r => Assert.Equal(Findings(results[0]), Findings(r)));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static EndpointContract Contract(string model, string endpoint)
    {
        Assert.True(WireValue.TryParseEndpoint(endpoint, out ImageEndpoint kind));
        return ImageContract.Find(model)!.FindEndpoint(kind)!;
    }

    private static IEnumerable<object> AllowedSamples(ParameterContract parameter)
    {
        if (parameter.Values.Count > 0)
        {
            return parameter.Values.Select(v => (object)v.Value);
        }

        var samples = new List<object> { parameter.Minimum!.Value };
        if (parameter.Maximum is int max)
        {
            samples.Add(max);
        }

        return samples;
    }

    /// <summary>Values next to the allowed ones: what other models accept for the same parameter, the first value in
    /// upper case, and the integers just outside the range.</summary>
    private static IEnumerable<object> Neighbours(string model, string endpoint, ParameterContract parameter)
    {
        if (parameter.Values.Count == 0)
        {
            var outside = new List<object> { parameter.Minimum!.Value - 1 };
            if (parameter.Maximum is int max)
            {
                outside.Add(max + 1);
            }

            return outside;
        }

        Assert.True(WireValue.TryParseEndpoint(endpoint, out ImageEndpoint kind));
        var allowed = parameter.Values.Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
        var others = ImageContract.Models
            .Select(m => m.FindEndpoint(kind)?.FindParameter(parameter.WireName))
            .Where(p => p is not null)
            .SelectMany(p => p!.Values.Select(v => v.Value))
            .Where(v => !allowed.Contains(v))
            .Distinct(StringComparer.Ordinal)
            .Cast<object>()
            .ToList();
        others.Add(parameter.Values[0].Value.ToUpperInvariant());
        return others;
    }

    /// <summary>Typed (when the value can be represented), loose (when the endpoint has a loose form) and dictionary results.</summary>
    private static IReadOnlyList<ValidationResult> ValidateEverywhere(string model, string endpoint, string wire, object value, bool expectRepresentable)
    {
        var results = new List<ValidationResult> { Dictionary(model, endpoint, wire, value) };
        if (Typed(model, endpoint, wire, value) is { } typed)
        {
            Assert.True(expectRepresentable, $"{model} {endpoint}: the typed request accepted {wire} = {value}.");
            results.Add(typed);
        }
        else
        {
            Assert.False(expectRepresentable, $"{model} {endpoint}: {wire} = {value} could not be set on the typed request.");
        }

        if (Loose(model, endpoint, wire, value) is { } loose)
        {
            results.Add(loose);
        }

        return results;
    }

    private static ValidationResult Dictionary(string model, string endpoint, string wire, object value)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { [wire] = value };
        switch (endpoint)
        {
            case "responses":
                values["model"] = model;
                return ImageContract.Validate("responses", Host, values);
            case "edits":
                values["prompt"] = "add a hat";
                values["image"] = TestImages.Png(64, 64);
                break;
            case "json-edits":
                values["prompt"] = "add a hat";
                values["images"] = new[] { ImageReference.FromFileId("file-1") };
                return ImageContract.Validate("edits", model, values);
            default:
                values["prompt"] = "a lighthouse";
                break;
        }

        return ImageContract.Validate(endpoint, model, values);
    }

    private static ValidationResult? Typed(string model, string endpoint, string wire, object value)
    {
        ModelContract contract = ImageContract.Find(model)!;
        Type modelType = typeof(ImageContract).Assembly.GetType("ImageContracts." + contract.TypeName)!;
        object request = endpoint switch
        {
            "generations" => Activator.CreateInstance(modelType.GetNestedType("GenerateRequest")!, "a lighthouse")!,
            "edits" => Activator.CreateInstance(modelType.GetNestedType("EditRequest")!, "add a hat", new[] { TestImages.PngFile(64, 64) })!,
            "json-edits" => Activator.CreateInstance(modelType.GetNestedType("JsonEditRequest")!, "add a hat", new[] { ImageReference.FromFileId("file-1") })!,
            _ => Activator.CreateInstance(modelType.GetNestedType("ImageGenerationTool")!)!,
        };

        PropertyInfo property = Property(request.GetType(), wire, contract.FindEndpoint(Kind(endpoint))!.FindParameter(wire)!.Name);
        Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        object? typedValue;
        if (type.IsEnum)
        {
            MethodInfo tryParse = modelType.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == "TryParse" && m.GetParameters() is { Length: 2 } p && p[1].ParameterType.GetElementType() == type);
            object?[] arguments = { value as string, null };
            if (!(bool)tryParse.Invoke(null, arguments)!)
            {
                return null;
            }

            typedValue = arguments[1];
        }
        else
        {
            typedValue = type == typeof(int) && value is int ? value : value is string ? value : null;
            if (typedValue is null)
            {
                return null;
            }
        }

        property.SetValue(request, typedValue);
        return Validate(request, endpoint);
    }

    private static ValidationResult? Loose(string model, string endpoint, string wire, object value)
    {
        object? request = endpoint switch
        {
            "generations" => new ImageGenerationRequest("a lighthouse") { Model = model },
            "edits" => new ImageEditRequest("add a hat", TestImages.PngFile(64, 64)) { Model = model },
            "responses" => new ImageGenerationTool { Model = model },
            _ => null, // JSON edits have no loose form
        };
        if (request is null)
        {
            return null;
        }

        PropertyInfo property = Property(request.GetType(), wire, ImageContract.Find(model)!.FindEndpoint(Kind(endpoint))!.FindParameter(wire)!.Name);
        property.SetValue(request, value);
        return Validate(request, endpoint);
    }

    private static ValidationResult Validate(object request, string endpoint)
    {
        return endpoint == "responses" ? ((IImageGenerationTool)request).Validate(Host) : ((IImageRequest)request).Validate();
    }

    private static PropertyInfo Property(Type request, string wire, string name) =>
        request.GetProperty(name) ?? throw new InvalidOperationException($"{request.FullName} has no property {name} for {wire}.");

    private static ImageEndpoint Kind(string endpoint)
    {
        Assert.True(WireValue.TryParseEndpoint(endpoint, out ImageEndpoint kind));
        return kind;
    }

    private static IEnumerable<string> Findings(ValidationResult result) =>
        result.All.Select(f => $"{f.Severity} {f.Code} {f.Parameter}: {f.Message}").Order(StringComparer.Ordinal);
}
