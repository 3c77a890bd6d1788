using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>
/// Reads Responses API objects with <see cref="Utf8JsonReader"/> over the whole body or event. Image results are
/// decoded straight from the UTF-8 bytes, once: a result whose call id is already in the cache (the final image
/// repeated by <c>response.completed</c> after <c>output_item.done</c>) is not decoded again.
/// </summary>
internal sealed class ResponseReader
{
    private readonly Dictionary<string, byte[]> _results = new(StringComparer.Ordinal);

    /// <summary>Reads a response object; the reader is on its start.</summary>
    public ImageResponse ReadResponse(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, string? requestId)
    {
        JsonRead.ExpectObject(ref reader);
        string id = "";
        string? status = null, model = null, previous = null, errorCode = null, errorMessage = null, incomplete = null;
        long? created = null;
        ResponseUsage? usage = null;
        ImageUsage? toolUsage = null;
        var calls = new List<ImageGenerationCall>();
        StringBuilder? text = null;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonRead.String(ref reader) ?? "";
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                status = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("model"u8))
            {
                model = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("created_at"u8))
            {
                created = JsonRead.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("previous_response_id"u8))
            {
                previous = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("output"u8))
            {
                if (!JsonRead.EnterArray(ref reader))
                {
                    continue;
                }

                while (JsonRead.NextTokenType(ref reader) != JsonTokenType.EndArray)
                {
                    OutputItem item = ReadItem(ref reader, data);
                    if (item.Call is not null)
                    {
                        calls.Add(item.Call);
                    }
                    else if (item.Text is not null)
                    {
                        (text ??= new StringBuilder()).Append(item.Text);
                    }
                }
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                usage = UsageReader.ReadResponseUsage(ref reader);
            }
            else if (reader.ValueTextEquals("tool_usage"u8))
            {
                toolUsage = ReadToolUsage(ref reader);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                if (JsonRead.EnterObject(ref reader))
                {
                    ApiErrorReader.ReadErrorObject(ref reader, out errorMessage, out _, out errorCode, out _, out _);
                }
            }
            else if (reader.ValueTextEquals("incomplete_details"u8))
            {
                if (JsonRead.EnterObject(ref reader))
                {
                    while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("reason"u8))
                        {
                            incomplete = JsonRead.String(ref reader);
                        }
                        else
                        {
                            JsonRead.SkipValue(ref reader);
                        }
                    }
                }
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new ImageResponse
        {
            Id = id,
            Status = status,
            Model = model,
            CreatedAt = JsonRead.UnixTime(created),
            PreviousResponseId = previous,
            ImageGenerationCalls = calls,
            OutputText = text?.ToString() ?? "",
            Usage = usage,
            ToolUsage = toolUsage,
            ErrorCode = errorCode,
            ErrorMessage = errorMessage,
            IncompleteReason = incomplete,
            RequestId = requestId,
        };
    }

    /// <summary>An output item: an image call, the text of a message, or nothing of interest.</summary>
    public readonly record struct OutputItem(ImageGenerationCall? Call, string? Text, string? Id, string? Type);

    /// <summary>Reads an output item; the reader is on its start. The <c>result</c> is located first and decoded
    /// after the object ends, once the id is known (whatever the property order).</summary>
    public OutputItem ReadItem(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        JsonRead.ExpectObject(ref reader);
        string? id = null, type = null, status = null, revised = null, action = null;
        ImageSettingsFields settings = default;
        int resultStart = -1, resultLength = 0;
        bool resultEscaped = false;
        StringBuilder? text = null;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                type = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                status = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("result"u8))
            {
                JsonRead.Next(ref reader);
                if (reader.TokenType == JsonTokenType.String)
                {
                    resultStart = checked((int)reader.TokenStartIndex + 1);
                    resultLength = reader.ValueSpan.Length;
                    resultEscaped = reader.ValueIsEscaped;
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("revised_prompt"u8))
            {
                revised = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("action"u8))
            {
                action = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                if (!JsonRead.EnterArray(ref reader))
                {
                    continue;
                }

                while (JsonRead.NextTokenType(ref reader) != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        reader.Skip();
                        continue;
                    }

                    string? partType = null, partText = null;
                    while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("type"u8))
                        {
                            partType = JsonRead.String(ref reader);
                        }
                        else if (reader.ValueTextEquals("text"u8))
                        {
                            partText = JsonRead.String(ref reader);
                        }
                        else
                        {
                            JsonRead.SkipValue(ref reader);
                        }
                    }

                    if (partType == "output_text" && partText is not null)
                    {
                        (text ??= new StringBuilder()).Append(partText);
                    }
                }
            }
            else if (!settings.TryRead(ref reader))
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        if (type != "image_generation_call")
        {
            return new OutputItem(null, type == "message" ? text?.ToString() : null, id, type);
        }

        ReadOnlyMemory<byte> result = ReadOnlyMemory<byte>.Empty;
        if (resultStart >= 0 && resultLength > 0)
        {
            if (id is not null && _results.TryGetValue(id, out byte[]? known))
            {
                result = known;
            }
            else
            {
                byte[] decoded = Base64Utf8.DecodeRaw(data.Slice(resultStart, resultLength), resultEscaped);
                if (id is not null)
                {
                    _results[id] = decoded;
                }

                result = decoded;
            }
        }

        var call = new ImageGenerationCall
        {
            Id = id ?? "",
            Status = status,
            Result = result,
            RevisedPrompt = revised,
            Action = action,
            Size = settings.Size,
            Quality = settings.Quality,
            Background = settings.Background,
            OutputFormat = settings.OutputFormat,
        };
        return new OutputItem(call, null, id, type);
    }

    /// <summary><c>tool_usage</c>: the image tool's tokens are in <c>image_gen</c>, shaped as an Images API <c>usage</c>.</summary>
    private static ImageUsage? ReadToolUsage(ref Utf8JsonReader reader)
    {
        if (!JsonRead.EnterObject(ref reader))
        {
            return null;
        }

        ImageUsage? usage = null;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("image_gen"u8))
            {
                usage = UsageReader.ReadImageUsage(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return usage;
    }
}
