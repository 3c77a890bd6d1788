using System;
using System.Collections.Generic;
using System.Text.Json;
using ImageContracts.Http;

namespace ImageContracts.Batches;

/// <summary>Reads batch objects and batch lists with <see cref="Utf8JsonReader"/> (no reflection).</summary>
internal static class BatchJobReader
{
    /// <summary>Reads one batch object.</summary>
    public static BatchJob Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        JsonRead.Next(ref reader);
        return ReadBatch(ref reader);
    }

    /// <summary>Reads a list page <c>{"data":[...],"has_more":...}</c>.</summary>
    public static (IReadOnlyList<BatchJob> Batches, bool HasMore) ReadList(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        JsonRead.Next(ref reader);
        JsonRead.ExpectObject(ref reader);
        var batches = new List<BatchJob>();
        bool hasMore = false;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                if (JsonRead.EnterArray(ref reader))
                {
                    while (JsonRead.NextTokenType(ref reader) != JsonTokenType.EndArray)
                    {
                        batches.Add(ReadBatch(ref reader));
                    }
                }
            }
            else if (reader.ValueTextEquals("has_more"u8))
            {
                hasMore = JsonRead.String(ref reader) == "true";
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return (batches, hasMore);
    }

    public static BatchStatus ParseStatus(string? status) => status switch
    {
        "validating" => BatchStatus.Validating,
        "failed" => BatchStatus.Failed,
        "in_progress" => BatchStatus.InProgress,
        "finalizing" => BatchStatus.Finalizing,
        "completed" => BatchStatus.Completed,
        "expired" => BatchStatus.Expired,
        "cancelling" => BatchStatus.Cancelling,
        "cancelled" => BatchStatus.Cancelled,
        _ => BatchStatus.Unknown,
    };

    private static BatchJob ReadBatch(ref Utf8JsonReader reader)
    {
        JsonRead.ExpectObject(ref reader);
        string id = "", status = "";
        string? endpoint = null, window = null, input = null, output = null, error = null, model = null;
        BatchRequestCounts counts = new();
        IReadOnlyList<BatchJobError> errors = Array.Empty<BatchJobError>();
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var times = new Dictionary<string, long?>(StringComparer.Ordinal);
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonRead.String(ref reader) ?? "";
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                status = JsonRead.String(ref reader) ?? "";
            }
            else if (reader.ValueTextEquals("endpoint"u8))
            {
                endpoint = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("completion_window"u8))
            {
                window = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("input_file_id"u8))
            {
                input = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("output_file_id"u8))
            {
                output = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("error_file_id"u8))
            {
                error = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("model"u8))
            {
                model = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("request_counts"u8))
            {
                counts = ReadCounts(ref reader);
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                errors = ReadErrors(ref reader);
            }
            else if (reader.ValueTextEquals("metadata"u8))
            {
                if (JsonRead.EnterObject(ref reader))
                {
                    while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
                    {
                        string key = reader.GetString()!;
                        if (JsonRead.String(ref reader) is { } value)
                        {
                            metadata[key] = value;
                        }
                    }
                }
            }
            else if (reader.ValueSpan.EndsWith("_at"u8))
            {
                string key = reader.GetString()!;
                times[key] = JsonRead.Int64(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        if (id.Length == 0)
        {
            throw new JsonException("The batch object has no id.");
        }

        return new BatchJob
        {
            Id = id,
            Status = ParseStatus(status),
            StatusText = status,
            Endpoint = endpoint,
            CompletionWindow = window,
            InputFileId = input,
            OutputFileId = output,
            ErrorFileId = error,
            Model = model,
            RequestCounts = counts,
            Errors = errors,
            Metadata = metadata,
            CreatedAt = Time(times, "created_at"),
            InProgressAt = Time(times, "in_progress_at"),
            FinalizingAt = Time(times, "finalizing_at"),
            CompletedAt = Time(times, "completed_at"),
            FailedAt = Time(times, "failed_at"),
            ExpiresAt = Time(times, "expires_at"),
            ExpiredAt = Time(times, "expired_at"),
            CancellingAt = Time(times, "cancelling_at"),
            CancelledAt = Time(times, "cancelled_at"),
        };
    }

    private static DateTimeOffset? Time(Dictionary<string, long?> times, string key) =>
        times.TryGetValue(key, out long? seconds) ? JsonRead.UnixTime(seconds) : null;

    private static BatchRequestCounts ReadCounts(ref Utf8JsonReader reader)
    {
        if (!JsonRead.EnterObject(ref reader))
        {
            return new BatchRequestCounts();
        }

        int total = 0, completed = 0, failed = 0;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("total"u8))
            {
                total = JsonRead.Int32(ref reader) ?? 0;
            }
            else if (reader.ValueTextEquals("completed"u8))
            {
                completed = JsonRead.Int32(ref reader) ?? 0;
            }
            else if (reader.ValueTextEquals("failed"u8))
            {
                failed = JsonRead.Int32(ref reader) ?? 0;
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new BatchRequestCounts { Total = total, Completed = completed, Failed = failed };
    }

    private static IReadOnlyList<BatchJobError> ReadErrors(ref Utf8JsonReader reader)
    {
        var list = new List<BatchJobError>();
        if (!JsonRead.EnterObject(ref reader))
        {
            return list;
        }

        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("data"u8) || !JsonRead.EnterArray(ref reader))
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    JsonRead.SkipValue(ref reader);
                }

                continue;
            }

            while (JsonRead.NextTokenType(ref reader) != JsonTokenType.EndArray)
            {
                JsonRead.ExpectObject(ref reader);
                string? code = null, message = null, param = null;
                int? line = null;
                while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("code"u8))
                    {
                        code = JsonRead.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("message"u8))
                    {
                        message = JsonRead.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("param"u8))
                    {
                        param = JsonRead.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("line"u8))
                    {
                        line = JsonRead.Int32(ref reader);
                    }
                    else
                    {
                        JsonRead.SkipValue(ref reader);
                    }
                }

                list.Add(new BatchJobError { Code = code, Message = message ?? "", Param = param, Line = line });
            }
        }

        return list;
    }
}
