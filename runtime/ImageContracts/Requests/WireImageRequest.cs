using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace ImageContracts;

/// <summary>
/// A request assembled at run time from wire names and values, for callers that learn the fields only at run time
/// (the <c>IImageGenerator</c> adapter, <c>imagegen</c>, batch input lines). Writes JSON or multipart; validates and
/// estimates through a <see cref="ContractCatalog"/> when one is given. Typed code should prefer the generated requests.
/// </summary>
// Its endpoint is known only at run time, so it is every kind of request (cast it to the one its Endpoint names when
// calling an overloaded client method); the client checks Endpoint before sending.
public sealed class WireImageRequest : IGenerationRequest, IJsonEditRequest, IEditRequest, IVariationRequest
{
    private readonly List<KeyValuePair<string, object?>> _fields = new();
    private readonly ContractCatalog? _catalog;

    /// <summary>Creates an empty request.</summary>
    /// <param name="model">The model id sent on the wire.</param>
    /// <param name="endpoint">The endpoint the request is for (JSON for generations and JSON edits, multipart otherwise).</param>
    /// <param name="catalog">Validates and prices the request; null for none (then it validates as valid and cannot estimate).</param>
    public WireImageRequest(string model, ImageEndpoint endpoint, ContractCatalog? catalog)
    {
        Model = model;
        Endpoint = endpoint;
        _catalog = catalog;
    }

    /// <inheritdoc />
    public string Model { get; }

    /// <inheritdoc />
    public ImageEndpoint Endpoint { get; }

    /// <inheritdoc />
    public ModelContract? Contract => _catalog?.Find(Model);

    /// <summary>Multipart edit images (<c>image</c> / <c>image[]</c>).</summary>
    public List<ImageFile> Files { get; } = new();

    /// <summary>JSON edit images (<c>images</c>).</summary>
    public List<ImageReference> References { get; } = new();

    /// <summary>The mask: an <see cref="ImageFile"/> (multipart) or an <see cref="ImageReference"/> (JSON).</summary>
    public object? Mask { get; set; }

    /// <summary>The fields other than the model, images and mask, in the order they were first set.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Fields => _fields;

    /// <summary>Sets a field (replacing an earlier value of the same name).</summary>
    /// <param name="name">The wire name, e.g. <c>quality</c>.</param>
    /// <param name="value">A string, boolean, number, <see cref="JsonElement"/>, <see cref="ImageFile"/> or <see cref="ImageReference"/>.</param>
    public void Set(string name, object? value)
    {
        for (int i = 0; i < _fields.Count; i++)
        {
            if (_fields[i].Key == name)
            {
                _fields[i] = new(name, value);
                return;
            }
        }

        _fields.Add(new(name, value));
    }

    /// <summary>Whether a field of that name is set.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>True when set.</returns>
    public bool Has(string name) => _fields.Exists(f => f.Key == name);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> ToParameters()
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> field in _fields)
        {
            values[field.Key] = field.Value is JsonElement json ? Plain(json) : field.Value;
        }

        if (Files.Count > 0)
        {
            values["image"] = Files;
        }

        if (References.Count > 0)
        {
            values["images"] = References;
        }

        if (Mask is not null)
        {
            values["mask"] = Mask;
        }

        return values;
    }

    /// <inheritdoc />
    public ValidationResult Validate() => Validate(ValidationOptions.Default);

    /// <inheritdoc />
    public ValidationResult Validate(ValidationOptions options)
    {
        if (_catalog is null)
        {
            return ValidationResult.Success;
        }

        return _catalog.Validate(EndpointName, Model, ToParameters(), options);
    }

    /// <inheritdoc />
    public CostEstimate EstimateCost(int? promptTokens = null)
    {
        if (_catalog is null)
        {
            throw new NotSupportedException("No contract catalog is configured.");
        }

        return _catalog.EstimateCost(EndpointName, Model, ToParameters(), promptTokens);
    }

    /// <summary>The catalog's name for the endpoint; both edit forms are <c>edits</c>, told apart by their parameters.</summary>
    private string EndpointName => Endpoint switch
    {
        ImageEndpoint.Generations => "generations",
        ImageEndpoint.Variations => "variations",
        _ => "edits",
    };

    /// <inheritdoc />
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("model", Model);
        if (References.Count > 0)
        {
            writer.WriteStartArray("images");
            foreach (ImageReference reference in References)
            {
                reference.WriteJson(writer);
            }

            writer.WriteEndArray();
        }

        if (Mask is ImageReference mask)
        {
            writer.WritePropertyName("mask");
            mask.WriteJson(writer);
        }

        foreach (KeyValuePair<string, object?> field in _fields)
        {
            writer.WritePropertyName(field.Key);
            WriteValue(writer, field.Value);
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public void WriteMultipart(MultipartWriter writer)
    {
        writer.AddText("model", Model);
        string name = Endpoint == ImageEndpoint.Variations || Files.Count == 1 ? "image" : "image[]";
        foreach (ImageFile file in Files)
        {
            writer.AddFile(name, file);
        }

        if (Mask is ImageFile mask)
        {
            writer.AddFile("mask", mask);
        }

        foreach (KeyValuePair<string, object?> field in _fields)
        {
            if (field.Value is ImageFile file)
            {
                writer.AddFile(field.Key, file); // a file parameter beyond image/mask (e.g. markup)
            }
            else if (field.Value is not null)
            {
                writer.AddText(field.Key, Text(field.Value));
            }
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case float number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case JsonElement json: json.WriteTo(writer); break;
            case ImageReference reference: reference.WriteJson(writer); break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static string Text(object value) => value switch
    {
        bool flag => WireValue.Boolean(flag),
        JsonElement { ValueKind: JsonValueKind.String } json => json.GetString()!,
        JsonElement json => json.GetRawText(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static object? Plain(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out long number) ? number : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => json.GetRawText(),
    };
}
