using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace ImageContracts.Http;

/// <summary>
/// The <see cref="ActivitySource"/> named <c>ImageContracts</c>. Each client call is one span, named
/// <c>{operation} {model}</c>, with the OpenTelemetry GenAI attributes (<c>gen_ai.operation.name</c>,
/// <c>gen_ai.request.model</c>, <c>gen_ai.usage.input_tokens</c>, <c>gen_ai.usage.output_tokens</c>) and image ones
/// (<c>imagecontracts.size</c>, <c>imagecontracts.quality</c>, <c>imagecontracts.image_count</c>,
/// <c>imagecontracts.cost_usd</c>, <c>imagecontracts.attempts</c>). Never the key, the prompt or image bytes.
/// </summary>
public static class ImagesTelemetry
{
    /// <summary>The activity source name: <c>ImageContracts</c>.</summary>
    public const string ActivitySourceName = "ImageContracts";

    internal static readonly ActivitySource Source = new(ActivitySourceName, typeof(ImagesTelemetry).Assembly.GetName().Version?.ToString());

    internal static Activity? Start(string operation, string model, Uri baseAddress)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        Activity? activity = Source.StartActivity(string.IsNullOrEmpty(model) ? operation : operation + " " + model, ActivityKind.Client);
        if (activity is null)
        {
            return null;
        }

        activity.SetTag("gen_ai.system", "openai");
        activity.SetTag("gen_ai.operation.name", operation);
        if (!string.IsNullOrEmpty(model))
        {
            activity.SetTag("gen_ai.request.model", model);
        }

        activity.SetTag("server.address", baseAddress.Host);
        activity.SetTag("server.port", baseAddress.Port);
        return activity;
    }

    internal static void Request(Activity? activity, string? size, string? quality)
    {
        if (activity is null || !activity.IsAllDataRequested)
        {
            return;
        }

        if (size is not null)
        {
            activity.SetTag("imagecontracts.size", size);
        }

        if (quality is not null)
        {
            activity.SetTag("imagecontracts.quality", quality);
        }
    }

    internal static void Attempt(Activity? activity, int attempts, HttpStatusCode? status, string? requestId)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("imagecontracts.attempts", attempts);
        if (status is { } code)
        {
            activity.SetTag("http.response.status_code", (int)code);
        }

        if (requestId is not null)
        {
            activity.SetTag("openai.request.id", requestId);
        }
    }

    internal static void Images(Activity? activity, ImageResult result)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("imagecontracts.image_count", result.Images.Count);
        Reported(activity, result.Size, result.Quality);
        Usage(activity, result.Usage, result.CostUsd);
    }

    internal static void Reported(Activity? activity, string? size, string? quality)
    {
        if (activity is null)
        {
            return;
        }

        if (size is not null)
        {
            activity.SetTag("imagecontracts.size", size);
        }

        if (quality is not null)
        {
            activity.SetTag("imagecontracts.quality", quality);
        }
    }

    internal static void Usage(Activity? activity, ImageUsage? usage, decimal? cost)
    {
        if (activity is null)
        {
            return;
        }

        if (usage is not null)
        {
            activity.SetTag("gen_ai.usage.input_tokens", usage.InputTokens);
            activity.SetTag("gen_ai.usage.output_tokens", usage.OutputTokens);
        }

        if (cost is { } usd)
        {
            activity.SetTag("imagecontracts.cost_usd", (double)usd);
        }
    }

    internal static void Response(Activity? activity, ImageResponse response, string? secret)
    {
        if (activity is null)
        {
            return;
        }

        // Server text: scrubbed before it becomes a tag.
        activity.SetTag("gen_ai.response.id", Secrets.Scrub(response.Id, secret));
        if (response.Model is not null)
        {
            activity.SetTag("gen_ai.response.model", Secrets.Scrub(response.Model, secret));
        }

        int images = 0;
        foreach (ImageGenerationCall call in response.ImageGenerationCalls)
        {
            images += call.HasResult ? 1 : 0;
        }

        activity.SetTag("imagecontracts.image_count", images);
        if (response.Usage is { } usage)
        {
            activity.SetTag("gen_ai.usage.input_tokens", usage.InputTokens);
            activity.SetTag("gen_ai.usage.output_tokens", usage.OutputTokens);
        }
    }

    internal static void Failed(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        string type = exception switch
        {
            ImageApiException api => api.Kind.ToString(),
            ImageConnectionException { IsTimeout: true } => "timeout",
            _ => exception.GetType().Name,
        };
        activity.SetTag("error.type", type);
        activity.SetStatus(ActivityStatusCode.Error, exception is ImagesClientException ? type : exception.GetType().Name);
    }

    internal static string? Parameter(IReadOnlyDictionary<string, object?> parameters, string name) =>
        parameters.TryGetValue(name, out object? value) && value is not null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
}
