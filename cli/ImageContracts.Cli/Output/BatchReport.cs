using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using ImageContracts.Batches;
using ImageContracts.Cli.Batches;

namespace ImageContracts.Cli.Output;

/// <summary>The text and JSON forms of batches, their cost estimates and refused lines, shared by the <c>batch</c> commands.</summary>
internal static class BatchReport
{
    /// <summary><c>$0.02–$0.05 for 2 line(s) (batch discount 50%, UNCONFIRMED); as single calls $0.04–$0.1</c>.</summary>
    public static string Cost(BatchCostEstimate cost) =>
        cost + "; as single calls " + ReportText.Usd(cost.ListMinUsd, cost.ListMaxUsd);

    public static void Cost(Utf8JsonWriter writer, string property, BatchCostEstimate cost)
    {
        writer.WriteStartObject(property);
        writer.WriteNumber("lines", cost.Lines);
        writer.WriteNumber("minUsd", cost.MinUsd);
        writer.WriteNumber("maxUsd", cost.MaxUsd);
        writer.WriteNumber("listMinUsd", cost.ListMinUsd);
        writer.WriteNumber("listMaxUsd", cost.ListMaxUsd);
        writer.WriteNumber("discount", cost.Discount);
        writer.WriteBoolean("discountConfirmed", cost.DiscountConfirmed);
        writer.WriteString("discountSource", cost.DiscountSource);
        writer.WriteStartArray("openEndedLines");
        foreach (string customId in cost.OpenEndedLines)
        {
            writer.WriteStringValue(customId);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One line per refused request, then one per finding.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<BatchInputProblem> problems)
    {
        foreach (BatchInputProblem problem in problems)
        {
            yield return "  " + problem.Where + ":";
            foreach (ValidationFinding error in problem.Errors)
            {
                yield return "    " + error;
            }
        }
    }

    public static void Problems(Utf8JsonWriter writer, string property, IReadOnlyList<BatchInputProblem> problems)
    {
        writer.WriteStartArray(property);
        foreach (BatchInputProblem problem in problems)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", problem.Line);
            writer.WriteString("customId", problem.CustomId);
            writer.WriteString("model", problem.Model);
            ReportJson.Findings(writer, "errors", problem.Errors);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The batch as a few lines of text.</summary>
    public static IEnumerable<string> Job(BatchJob batch)
    {
        yield return "batch " + batch.Id + ": " + batch.StatusText;
        yield return "  endpoint " + (batch.Endpoint ?? "-") + ", completion window " + (batch.CompletionWindow ?? "-");
        yield return "  requests: " + batch.RequestCounts;
        var times = new List<string>();
        Add(times, "created", batch.CreatedAt);
        Add(times, "in progress", batch.InProgressAt);
        Add(times, "finalizing", batch.FinalizingAt);
        Add(times, "completed", batch.CompletedAt);
        Add(times, "failed", batch.FailedAt);
        Add(times, "cancelling", batch.CancellingAt);
        Add(times, "cancelled", batch.CancelledAt);
        Add(times, "expired", batch.ExpiredAt);
        Add(times, "expires", batch.ExpiresAt);
        if (times.Count > 0)
        {
            yield return "  " + string.Join(", ", times);
        }

        yield return "  files: input " + (batch.InputFileId ?? "-") + ", output " + (batch.OutputFileId ?? "-") + ", errors " + (batch.ErrorFileId ?? "-");
        foreach (BatchJobError error in batch.Errors)
        {
            yield return "  error " + error;
        }
    }

    public static void Job(Utf8JsonWriter writer, string property, BatchJob batch)
    {
        writer.WriteStartObject(property);
        writer.WriteString("id", batch.Id);
        writer.WriteString("status", batch.StatusText);
        writer.WriteBoolean("terminal", batch.IsTerminal);
        writer.WriteString("endpoint", batch.Endpoint);
        writer.WriteString("completionWindow", batch.CompletionWindow);
        writer.WriteStartObject("requestCounts");
        writer.WriteNumber("total", batch.RequestCounts.Total);
        writer.WriteNumber("completed", batch.RequestCounts.Completed);
        writer.WriteNumber("failed", batch.RequestCounts.Failed);
        writer.WriteEndObject();
        writer.WriteString("inputFileId", batch.InputFileId);
        writer.WriteString("outputFileId", batch.OutputFileId);
        writer.WriteString("errorFileId", batch.ErrorFileId);
        Time(writer, "createdAt", batch.CreatedAt);
        Time(writer, "inProgressAt", batch.InProgressAt);
        Time(writer, "finalizingAt", batch.FinalizingAt);
        Time(writer, "completedAt", batch.CompletedAt);
        Time(writer, "failedAt", batch.FailedAt);
        Time(writer, "cancellingAt", batch.CancellingAt);
        Time(writer, "cancelledAt", batch.CancelledAt);
        Time(writer, "expiredAt", batch.ExpiredAt);
        Time(writer, "expiresAt", batch.ExpiresAt);
        writer.WriteStartArray("errors");
        foreach (BatchJobError error in batch.Errors)
        {
            writer.WriteStartObject();
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteString("param", error.Param);
            if (error.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("metadata");
        foreach (KeyValuePair<string, string> pair in batch.Metadata)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Add(List<string> times, string label, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            times.Add(label + " " + value.ToString("u", CultureInfo.InvariantCulture));
        }
    }

    private static void Time(Utf8JsonWriter writer, string property, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            writer.WriteString(property, value);
        }
    }
}
