using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ImageContracts;

public sealed partial class ContractCatalog
{
    private const string ToolType = "image_generation";

    /// <summary>
    /// Validates and prices a raw JSON request body, as a gateway or proxy sees it: an Images API body
    /// (<c>generations</c>, or <c>edits</c> in its JSON form with <c>images</c> as <c>{"image_url": ...}</c> /
    /// <c>{"file_id": ...}</c> objects) or, for <c>responses</c>, a Responses API body whose <c>tools</c> hold an
    /// <c>image_generation</c> tool (the body's <c>model</c> is the host). The model comes from the body's <c>model</c>;
    /// without one, the endpoint's default applies with a warning. The findings are those of
    /// <see cref="Validate(string, string?, IReadOnlyDictionary{string, object?}, ValidationOptions?)"/> for the same values.
    /// </summary>
    /// <remarks>Reading is bounded (nesting depth, items per array, body size; see <c>docs/design.md</c>); a body that
    /// is not a JSON object within those limits gives one <c>invalid_json</c> error whose message starts with the JSON
    /// path where reading stopped, e.g. <c>$.images[2]</c>.</remarks>
    /// <param name="endpoint"><c>generations</c>, <c>edits</c> or <c>responses</c>.</param>
    /// <param name="body">The UTF-8 JSON body.</param>
    /// <param name="options">The clock, retired-model severity and unknown-model policy; default <see cref="ValidationOptions.Default"/>.</param>
    public RequestBodyReport ValidateJson(string endpoint, ReadOnlySpan<byte> body, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        bool responses = Endpoints.Any(e => e.Endpoint == ImageEndpoint.Responses && string.Equals(e.Name, endpoint, StringComparison.OrdinalIgnoreCase));
        Dictionary<string, object?> values;
        try
        {
            // A Responses body carries the conversation too; only the host model and the tools are read.
            values = JsonBodyReader.Read(body, responses ? name => name is "model" or "tools" : null);
        }
        catch (JsonBodyException ex)
        {
            return Unreadable(ex.Path, ex.Message);
        }

        if (values.TryGetValue("model", out object? model) && model is not null and not string)
        {
            return Unreadable("$.model", "$.model: expected a model id string, found " + ValueReader.Describe(model) + ".");
        }

        return responses
            ? CheckResponsesBody(endpoint, (string?)model, values, options)
            : Report(Resolve(endpoint, (string?)model, values, jsonBody: true), options, (string?)model, null);
    }

    /// <summary>Validates and prices a request body given as a <see cref="JsonElement"/> (an object), with the same
    /// limits and findings as the byte form.</summary>
    /// <inheritdoc cref="ValidateJson(string, ReadOnlySpan{byte}, ValidationOptions?)" path="/param"/>
    public RequestBodyReport ValidateJson(string endpoint, JsonElement body, ValidationOptions? options = null)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Unreadable("$", "$: expected a JSON object, found " + (body.ValueKind == JsonValueKind.Undefined ? "no value" : "a JSON " + body.ValueKind.ToString().ToLowerInvariant()) + ".");
        }

        // One reader for both forms: the element's UTF-8 text goes through the byte reader's limits.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            body.WriteTo(writer);
        }

        return ValidateJson(endpoint, buffer.WrittenSpan, options);
    }

    private RequestBodyReport CheckResponsesBody(string endpoint, string? host, Dictionary<string, object?> values, ValidationOptions? options)
    {
        if (host is null)
        {
            return Unreadable("$.model", "$.model: a Responses request needs the model that hosts the image_generation tool.", ValidationCodes.MissingRequired);
        }

        int index = values.TryGetValue("tools", out object? tools) && tools is List<object?> list
            ? list.FindIndex(t => t is Dictionary<string, object?> tool && tool.TryGetValue("type", out object? type) && type as string == ToolType)
            : -1;
        if (index < 0)
        {
            return Unreadable("$.tools", "$.tools: the request has no tool of type '" + ToolType + "'.", ValidationCodes.MissingRequired);
        }

        var toolValues = (Dictionary<string, object?>)((List<object?>)tools!)[index]!;
        return Report(Resolve(endpoint, host, toolValues, jsonBody: true), options, toolValues.GetValueOrDefault("model") as string, host);
    }

    private RequestBodyReport Report(Resolution call, ValidationOptions? options, string? model, string? host)
        => new(CheckResolved(call, options), Price(call, null), call.Endpoint?.Model ?? model, host);

    private static RequestBodyReport Unreadable(string path, string message, string code = ValidationCodes.InvalidJson)
    {
        // The top-level property, when the problem is inside one, so findings group by parameter as elsewhere.
        string? parameter = path.Length > 2 && path[1] == '.' ? path.Substring(2).Split('.', '[')[0] : null;
        return new RequestBodyReport(new ValidationResult(new[] { new ValidationFinding(parameter, code, message, RuleSeverity.Error) }), null, null, null);
    }
}
