using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>
/// A Responses API call (<c>POST /responses</c>) with the <c>image_generation</c> tool: the mainline (host) model, the
/// typed tool (e.g. <c>GptImage1.ImageGenerationTool</c>, which carries the image model and its options, mask
/// included), the input (text, images as data URLs, URLs or file ids, earlier image calls) and multi-turn links.
/// </summary>
public sealed class ImageResponseRequest
{
    private readonly List<ResponseInputItem> _input = new();

    /// <summary>Creates a request.</summary>
    /// <param name="model">The mainline model that calls the tool, e.g. <c>gpt-4.1</c> or <c>gpt-5</c>.</param>
    /// <param name="tool">The image generation tool and its options.</param>
    /// <param name="prompt">Optional user text, sent as a user message.</param>
    public ImageResponseRequest(string model, IImageGenerationTool tool, string? prompt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        ArgumentNullException.ThrowIfNull(tool);
        Model = model;
        Tool = tool;
        if (prompt is not null)
        {
            _input.Add(ResponseInputItem.User(prompt));
        }
    }

    /// <summary>The mainline model (<c>model</c>).</summary>
    public string Model { get; }

    /// <summary>The tool (<c>tools[0]</c>).</summary>
    public IImageGenerationTool Tool { get; }

    /// <summary>The <c>input</c> items, in order.</summary>
    public IReadOnlyList<ResponseInputItem> Input => _input;

    /// <summary><c>instructions</c>: a system/developer message.</summary>
    public string? Instructions { get; init; }

    /// <summary><c>previous_response_id</c>: continue from an earlier response (multi-turn editing).</summary>
    public string? PreviousResponseId { get; init; }

    /// <summary>Force the tool: <c>tool_choice: {"type": "image_generation"}</c>.</summary>
    public bool RequireImageGeneration { get; init; }

    /// <summary><c>store</c>: whether the service keeps the response (needed for <c>previous_response_id</c> later). Unset: the API default.</summary>
    public bool? Store { get; init; }

    /// <summary><c>user</c>: an end-user id for abuse monitoring.</summary>
    public string? User { get; init; }

    /// <summary>Adds an input item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>This request.</returns>
    public ImageResponseRequest Add(ResponseInputItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _input.Add(item);
        return this;
    }

    /// <summary>Adds a user message with text and images.</summary>
    /// <param name="text">The text.</param>
    /// <param name="images">Images (data URLs, URLs or file ids).</param>
    /// <returns>This request.</returns>
    public ImageResponseRequest AddUserMessage(string text, params ImageReference[] images) => Add(ResponseInputItem.User(text, images));

    /// <summary>Adds a reference to an earlier <c>image_generation_call</c> by id.</summary>
    /// <param name="id">The call id.</param>
    /// <returns>This request.</returns>
    public ImageResponseRequest AddImageGenerationCall(string id) => Add(ResponseInputItem.ImageGenerationCall(id));

    /// <summary>Validates the tool against its image model's contract and the host model, and that there is input.</summary>
    public ValidationResult Validate() => Validate(ValidationOptions.Default);

    /// <summary>Validates as <see cref="Validate()"/> does, with a given clock and retired-model severity.</summary>
    /// <param name="options">The clock and severities for lifecycle checks.</param>
    public ValidationResult Validate(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidationResult tool = Tool.Validate(Model, options);
        if (_input.Count > 0 || PreviousResponseId is not null)
        {
            return tool;
        }

        var findings = new List<ValidationFinding>(tool.All)
        {
            new("input", ValidationCodes.MissingRequired, "A response needs input (a message or an earlier image call) or previous_response_id.", RuleSeverity.Error),
        };
        return new ValidationResult(findings);
    }

    /// <summary>Writes the request body.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="stream">Adds <c>"stream": true</c>.</param>
    public void WriteJson(Utf8JsonWriter writer, bool stream = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("model", Model);
        if (_input.Count > 0)
        {
            writer.WriteStartArray("input");
            foreach (ResponseInputItem item in _input)
            {
                item.WriteJson(writer);
            }

            writer.WriteEndArray();
        }

        if (Instructions is not null)
        {
            writer.WriteString("instructions", Instructions);
        }

        if (PreviousResponseId is not null)
        {
            writer.WriteString("previous_response_id", PreviousResponseId);
        }

        writer.WriteStartArray("tools");
        Tool.WriteJson(writer);
        writer.WriteEndArray();
        if (RequireImageGeneration)
        {
            writer.WriteStartObject("tool_choice");
            writer.WriteString("type", "image_generation");
            writer.WriteEndObject();
        }

        if (Store is { } store)
        {
            writer.WriteBoolean("store", store);
        }

        if (User is not null)
        {
            writer.WriteString("user", User);
        }

        if (stream)
        {
            writer.WriteBoolean("stream", true);
        }

        writer.WriteEndObject();
    }
}
