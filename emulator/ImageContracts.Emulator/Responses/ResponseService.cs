using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ImageContracts.Emulator;

/// <summary>The Responses API with the image_generation tool: validates the tool with the client's engine (host model
/// policy included), collects the turn's images (input_image parts, earlier image_generation_call ids,
/// previous_response_id) and answers one image_generation_call plus a short assistant message.</summary>
internal sealed partial class ResponseService
{
    private readonly EmulatorState _state;
    private readonly ImageService _images;

    public ResponseService(EmulatorState state, ImageService images)
    {
        _state = state;
        _images = images;
    }

    public EmulatorOutcome Create(JsonElement body)
    {
        ResponseTurn? turn = Prepare(body, out EmulatorReply? error);
        if (turn is null)
        {
            return error!;
        }

        bool stream = body.TryGetProperty("stream", out JsonElement s) && s.ValueKind == JsonValueKind.True;
        if (stream)
        {
            return new EmulatorOutcome(null, StreamEvents(turn));
        }

        byte[]? image = turn.Image is null ? null : _images.Render(turn.Image, 0, 1);
        byte[] json = JsonBytes.Write(w => WriteResponse(w, turn, image, completed: true));
        Store(turn, image, json);
        return new EmulatorReply(200, json);
    }

    private ResponseTurn? Prepare(JsonElement body, out EmulatorReply? error)
    {
        error = null;
        if (!body.TryGetProperty("model", out JsonElement modelElement) || modelElement.ValueKind != JsonValueKind.String)
        {
            error = ApiErrors.BadRequest("Missing required parameter: 'model'.", "model", "missing_required_parameter");
            return null;
        }

        string host = modelElement.GetString()!;
        if (_state.Catalog.Find(host) is not null)
        {
            // Image models are not Responses models (TOOL-2604, MODEL-GI2).
            error = ApiErrors.BadRequest($"The model '{host}' is not supported with the Responses API; use a mainline model and put the image model in the image_generation tool.", "model", "invalid_value");
            return null;
        }

        var context = new ImageInputs();
        string? previousId = body.TryGetProperty("previous_response_id", out JsonElement prev) && prev.ValueKind == JsonValueKind.String ? prev.GetString() : null;
        if (previousId is not null)
        {
            if (_state.Responses.Find(previousId) is not { } previous)
            {
                error = ApiErrors.BadRequest($"Previous response with id '{previousId}' not found.", "previous_response_id", "previous_response_not_found");
                return null;
            }

            foreach (StoredImageCall call in previous.Calls)
            {
                context.Images.Add(ImageFile.FromBytes(call.Image));
            }
        }

        string? inputError = ReadInput(body, context, out string prompt);
        if (inputError is not null)
        {
            error = ApiErrors.BadRequest(inputError, "input", "invalid_value");
            return null;
        }

        ImageCall? image = null;
        string action = "generate";
        JsonElement? tools = body.TryGetProperty("tools", out JsonElement t) && t.ValueKind == JsonValueKind.Array ? t.Clone() : null;
        int toolIndex = tools is { } list ? list.EnumerateArray().ToList().FindIndex(x => x.ValueKind == JsonValueKind.Object && x.TryGetProperty("type", out JsonElement type) && type.ValueEquals("image_generation")) : -1;
        if (toolIndex >= 0)
        {
            image = PrepareImage(tools!.Value[toolIndex], toolIndex, host, prompt, context, out action, out error);
            if (image is null)
            {
                return null;
            }
        }

        return new ResponseTurn
        {
            Id = _state.Ids.Next("resp_"),
            HostModel = host,
            PreviousResponseId = previousId,
            CreatedAt = _state.UnixNow,
            Image = image,
            CallId = _state.Ids.Next("ig_"),
            MessageId = _state.Ids.Next("msg_"),
            Action = action,
            Prompt = prompt,
            Tools = tools,
            PromptTokens = PromptTokens.Estimate(prompt),
        };
    }

    private ImageCall? PrepareImage(JsonElement tool, int index, string host, string prompt, ImageInputs context, out string action, out EmulatorReply? error)
    {
        action = "generate";
        Dictionary<string, object?> values = JsonValues.Read(tool);
        values.Remove("type");
        string prefix = $"tools[{index}].";
        ModelContract? model = ModelResolver.Resolve(_state, ImageEndpoint.Responses, values.GetValueOrDefault("model") as string, values, out error);
        if (model is null)
        {
            return null;
        }

        values.Remove("model");
        EndpointContract contract = model.FindEndpoint(ImageEndpoint.Responses)!;
        ValidationResult validation = ContractValidator.Validate(contract, values, hostModel: host, hosts: _state.Catalog.HostModels, options: _state.Validation);
        if (!validation.IsValid)
        {
            error = ValidationErrorMapper.ToReply(validation, contract, values, prefix);
            return null;
        }

        string requested = values.GetValueOrDefault("action") as string ?? "auto";
        if (requested == "edit" && context.Images.Count == 0)
        {
            error = ApiErrors.BadRequest("The image_generation tool was asked to edit, but the conversation has no image to edit.", prefix + "action", "invalid_value");
            return null;
        }

        action = requested == "generate" || context.Images.Count == 0 ? "generate" : "edit";
        if (action == "generate")
        {
            context.Images.Clear();
        }

        string? maskError = values.GetValueOrDefault("input_image_mask") is { } mask ? ImageInputs.Resolve(_state.Files, mask, f => context.Mask = f) : null;
        if (maskError is not null)
        {
            error = ApiErrors.BadRequest(maskError, prefix + "input_image_mask", "invalid_value");
            return null;
        }

        (int, int)? firstSize = context.Images.Count > 0 ? ImageCodec.Dimensions(context.Images[0].Bytes.Span) : null;
        OutputSettings settings = OutputSettings.From(contract, values, firstSize) with { N = 1 };
        return new ImageCall
        {
            Model = model,
            Contract = contract,
            Settings = settings,
            Prompt = prompt,
            Inputs = context,
            Values = values,
            Usage = UsageNumbers.For(model, contract, values, settings, 1, prompt, context.Images, context.Mask),
            UsagePerImage = null,
        };
    }

    /// <summary>Reads <c>input</c>: a string, or items (messages with text and input_image parts, and
    /// <c>image_generation_call</c> references to earlier results).</summary>
    private string? ReadInput(JsonElement body, ImageInputs context, out string prompt)
    {
        prompt = "";
        if (!body.TryGetProperty("input", out JsonElement input))
        {
            return "Missing required parameter: 'input'.";
        }

        if (input.ValueKind == JsonValueKind.String)
        {
            prompt = input.GetString()!;
            return null;
        }

        if (input.ValueKind != JsonValueKind.Array)
        {
            return "'input' must be a string or an array of input items.";
        }

        var text = new List<string>();
        foreach (JsonElement item in input.EnumerateArray())
        {
            string type = item.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "message";
            if (type == "image_generation_call")
            {
                string id = item.TryGetProperty("id", out JsonElement idElement) ? idElement.GetString() ?? "" : "";
                if (_state.Responses.FindCall(id) is not { } call)
                {
                    return $"Image generation call with id '{id}' not found.";
                }

                context.Images.Add(ImageFile.FromBytes(call.Image));
                continue;
            }

            if (type != "message" || !item.TryGetProperty("content", out JsonElement content))
            {
                continue;
            }

            if (content.ValueKind == JsonValueKind.String)
            {
                text.Add(content.GetString()!);
                continue;
            }

            foreach (JsonElement part in content.EnumerateArray())
            {
                string partType = part.TryGetProperty("type", out JsonElement pt) ? pt.GetString() ?? "" : "";
                if (partType is "input_text" or "output_text" && part.TryGetProperty("text", out JsonElement value))
                {
                    text.Add(value.GetString() ?? "");
                }
                else if (partType == "input_image")
                {
                    string? refError = ImageInputs.Resolve(_state.Files, JsonValues.Reference(part), context.Images.Add);
                    if (refError is not null)
                    {
                        return refError;
                    }
                }
            }
        }

        prompt = string.Join("\n", text);
        return null;
    }

    private void Store(ResponseTurn turn, byte[]? image, byte[] json)
        => _state.Responses.Add(new StoredResponse(turn.Id, turn.PreviousResponseId, json,
            image is null ? Array.Empty<StoredImageCall>() : new[] { new StoredImageCall(turn.CallId, image, turn.Prompt) }));
}
