using System.Collections.Generic;
using System.Text.Json;
using ImageContracts.Http;

namespace ImageContracts.Cli.Output;

/// <summary>The JSON shapes of the engine's results, shared by every command's <c>--json</c> output.</summary>
internal static class ReportJson
{
    public static void Validation(Utf8JsonWriter writer, string property, ValidationResult result)
    {
        writer.WriteStartObject(property);
        writer.WriteBoolean("valid", result.IsValid);
        Findings(writer, "errors", result.Errors);
        Findings(writer, "warnings", result.Warnings);
        writer.WriteEndObject();
    }

    public static void Cost(Utf8JsonWriter writer, string property, CostEstimate cost)
    {
        writer.WriteStartObject(property);
        CostFields(writer, cost);
        writer.WriteEndObject();
    }

    /// <summary>The fields of an estimate inside an object already open.</summary>
    public static void CostFields(Utf8JsonWriter writer, CostEstimate cost)
    {
        writer.WriteNumber("minUsd", cost.MinUsd);
        writer.WriteNumber("maxUsd", cost.MaxUsd);
        writer.WriteBoolean("exact", cost.IsExact);
        Tokens(writer, "inputTextTokens", cost.InputTextTokens);
        Tokens(writer, "inputImageTokens", cost.InputImageTokens);
        Tokens(writer, "outputImageTokens", cost.OutputImageTokens);
        Tokens(writer, "partialImageTokens", cost.PartialImageTokens);
        writer.WriteString("estimated", cost.Estimated.ToString());
        if (cost.Note is not null)
        {
            writer.WriteString("note", cost.Note);
        }
    }

    public static void Usage(Utf8JsonWriter writer, string property, ImageUsage usage)
    {
        writer.WriteStartObject(property);
        writer.WriteNumber("inputTokens", usage.InputTokens);
        writer.WriteNumber("inputTextTokens", usage.InputTextTokens);
        writer.WriteNumber("inputImageTokens", usage.InputImageTokens);
        writer.WriteNumber("outputTokens", usage.OutputTokens);
        writer.WriteNumber("totalTokens", usage.TotalTokens);
        writer.WriteEndObject();
    }

    /// <summary><c>{"error": {"kind", "status", "type", "code", "param", "message"}}</c> for a failed call.</summary>
    public static void ApiError(Utf8JsonWriter writer, ImagesClientException failure)
    {
        writer.WriteStartObject("error");
        if (failure is ImageApiException api)
        {
            writer.WriteString("kind", api.Kind.ToString());
            writer.WriteNumber("status", (int)api.StatusCode);
            writer.WriteString("type", api.ErrorType);
            writer.WriteString("code", api.ErrorCode);
            writer.WriteString("param", api.Param);
        }
        else
        {
            writer.WriteString("kind", failure.GetType().Name);
        }

        writer.WriteString("message", failure.Message);
        writer.WriteString("requestId", failure.RequestId);
        writer.WriteEndObject();
    }

    /// <summary>Findings as <c>[{parameter, code, message}]</c>: validation reports and batch line problems alike.</summary>
    internal static void Findings(Utf8JsonWriter writer, string property, IReadOnlyList<ValidationFinding> findings)
    {
        writer.WriteStartArray(property);
        foreach (ValidationFinding finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("parameter", finding.Parameter);
            writer.WriteString("code", finding.Code);
            writer.WriteString("message", finding.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Tokens(Utf8JsonWriter writer, string property, int? tokens)
    {
        if (tokens is { } count)
        {
            writer.WriteNumber(property, count);
        }
    }
}
