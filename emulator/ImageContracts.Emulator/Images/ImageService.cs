using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;

namespace ImageContracts.Emulator;

/// <summary>The Image API's behaviour independent of HTTP: validates a call by wire values with the client's engine,
/// renders it, and builds the <c>ImagesResponse</c> or the stream's events.</summary>
internal sealed class ImageService
{
    private readonly EmulatorState _state;

    public ImageService(EmulatorState state) => _state = state;

    /// <summary>Validates and resolves a call. <paramref name="fromMultipart"/>: values are form strings, converted to
    /// the contract's integer and boolean types first.</summary>
    public ImageCall? Prepare(ImageEndpoint endpoint, Dictionary<string, object?> values, bool fromMultipart, out EmulatorReply? error)
    {
        string? modelId = values.GetValueOrDefault("model") as string;
        ModelContract? model = ModelResolver.Resolve(_state, endpoint, modelId, values, out error);
        if (model is null)
        {
            return null;
        }

        EndpointContract contract = model.FindEndpoint(endpoint)!;
        var given = new Dictionary<string, object?>(values, StringComparer.Ordinal);
        given.Remove("model");
        if (fromMultipart)
        {
            FormValues.ConvertTypes(contract, given);
        }

        ValidationResult validation = ContractValidator.Validate(contract, given, options: _state.Validation);
        if (!validation.IsValid)
        {
            error = ValidationErrorMapper.ToReply(validation, contract, given);
            return null;
        }

        var inputs = new ImageInputs();
        string? missing = ImageInputs.Resolve(_state.Files, given.GetValueOrDefault("image"), inputs.Images.Add)
            ?? ImageInputs.Resolve(_state.Files, given.GetValueOrDefault("images"), inputs.Images.Add)
            ?? ImageInputs.Resolve(_state.Files, given.GetValueOrDefault("mask"), f => inputs.Mask = f)
            ?? ImageInputs.Resolve(_state.Files, given.GetValueOrDefault("markup"), f => inputs.Markup = f);
        if (missing is not null)
        {
            error = ApiErrors.BadRequest(missing, endpoint == ImageEndpoint.JsonEdits ? "images" : "image", "invalid_value");
            return null;
        }

        (int, int)? firstSize = inputs.Images.Count > 0 ? ImageCodec.Dimensions(inputs.Images[0].Bytes.Span) : null;
        if (inputs.Images.Count > 0 && firstSize is null)
        {
            error = ApiErrors.BadRequest("The first image could not be decoded. Supported formats: png, jpeg, webp.", endpoint == ImageEndpoint.JsonEdits ? "images" : "image", "invalid_image_format");
            return null;
        }

        OutputSettings settings = OutputSettings.From(contract, given, firstSize);
        string prompt = given.GetValueOrDefault("prompt") as string
            ?? (inputs.Images.Count > 0 ? Convert.ToHexString(SHA256.HashData(inputs.Images[0].Bytes.Span)) : "");
        string responseFormat = given.GetValueOrDefault("response_format") as string
            ?? contract.FindParameter("response_format")?.Default as string ?? "b64_json";
        return new ImageCall
        {
            Model = model,
            Contract = contract,
            Settings = settings,
            Prompt = prompt,
            Inputs = inputs,
            Values = given,
            IsEdit = endpoint is ImageEndpoint.Edits or ImageEndpoint.JsonEdits,
            Stream = given.GetValueOrDefault("stream") is true,
            AnswerUrls = contract.FindParameter("response_format") is not null && responseFormat == "url",
            RevisesPrompt = model.Family == "dall-e" && contract.FindParameter("style") is not null,
            Usage = UsageNumbers.For(model, contract, given, settings, settings.N, prompt, inputs.Images, inputs.Mask),
            UsagePerImage = UsageNumbers.For(model, contract, given, settings, 1, prompt, inputs.Images, inputs.Mask),
        };
    }

    /// <summary>Renders image <paramref name="index"/> of <paramref name="call"/>; <paramref name="progress"/> below 1
    /// gives a partial image.</summary>
    public byte[] Render(ImageCall call, int index, double progress)
    {
        OutputSettings s = call.Settings;
        RenderJob job = EditCanvas.Prepare(call.Inputs, new RenderJob(Scene.Create(call.Prompt, _state.Options.Seed, index), s.Width, s.Height, s.Transparent));
        return s.Format switch
        {
            "svg" => SvgWriter.Write(job.Scene, s.Width, s.Height, s.Transparent),
            "gif" => ImageCodec.EncodeGif(
                Enumerable.Range(0, s.FrameCount).Select(f => SceneRenderer.Render(job, progress, (double)f / s.FrameCount)).ToList(),
                s.Width, s.Height, s.FrameDurationMs, s.Transparent),
            _ => ImageCodec.EncodeStill(SceneRenderer.Render(job, progress, 0), s.Width, s.Height, s.Format, s.Transparent, s.Compression),
        };
    }

    /// <summary>The non-streamed <c>ImagesResponse</c>.</summary>
    public EmulatorReply Complete(ImageCall call)
    {
        var images = Enumerable.Range(0, call.Settings.N).Select(i => Render(call, i, 1)).ToList();
        DateTimeOffset now = _state.Time.GetUtcNow();
        byte[] body = JsonBytes.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("created", now.ToUnixTimeSeconds());
            w.WriteStartArray("data");
            foreach (byte[] image in images)
            {
                w.WriteStartObject();
                if (call.AnswerUrls)
                {
                    string id = _state.Urls.Add(image, call.Settings.ContentType, now + _state.Options.UrlLifetime);
                    w.WriteString("url", new Uri(_state.Root, ImageUrlStore.PathPrefix + id).ToString());
                }
                else
                {
                    w.WriteBase64String("b64_json", image);
                }

                if (call.RevisesPrompt)
                {
                    w.WriteString("revised_prompt", RevisedPrompt(call.Prompt));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (call.Model.Family != "dall-e")
            {
                WriteSettings(w, call.Settings);
            }

            if (call.Usage is { } usage)
            {
                w.WritePropertyName("usage");
                usage.WriteImagesUsage(w);
            }

            w.WriteEndObject();
        });
        return new EmulatorReply(200, body);
    }

    /// <summary>The stream's events, rendered lazily: per image, <c>partial_images</c> partial events drawing more of
    /// the final picture each time, then the completed event with that image's usage.</summary>
    public IEnumerable<SseEvent> StreamEvents(ImageCall call)
    {
        string prefix = call.IsEdit ? "image_edit." : "image_generation.";
        for (int i = 0; i < call.Settings.N; i++)
        {
            int partials = call.Settings.PartialImages;
            for (int p = 0; p < partials; p++)
            {
                byte[] partial = Render(call, i, (p + 1.0) / (partials + 1));
                yield return Event(prefix + "partial_image", call, partial, w => w.WriteNumber("partial_image_index", p));
            }

            byte[] image = Render(call, i, 1);
            yield return Event(prefix + "completed", call, image, w =>
            {
                if (call.UsagePerImage is { } usage)
                {
                    w.WritePropertyName("usage");
                    usage.WriteImagesUsage(w);
                }
            });
        }
    }

    private SseEvent Event(string type, ImageCall call, byte[] image, Action<Utf8JsonWriter> extra)
        => new(type, JsonBytes.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteBase64String("b64_json", image);
            w.WriteNumber("created_at", _state.UnixNow);
            WriteSettings(w, call.Settings);
            extra(w);
            w.WriteEndObject();
        }));

    private static void WriteSettings(Utf8JsonWriter w, OutputSettings settings)
    {
        w.WriteString("background", settings.Background);
        w.WriteString("output_format", settings.Format);
        w.WriteString("quality", settings.Quality);
        w.WriteString("size", settings.Size);
    }

    /// <summary>DALL·E 3 answers a rewritten prompt; the emulator's rewrite is recognisably derived from the original.</summary>
    internal static string RevisedPrompt(string prompt)
        => string.Create(CultureInfo.InvariantCulture, $"A detailed, high-quality image of: {prompt.Trim()}");
}
