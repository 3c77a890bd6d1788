using System;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>Turns an error body (<c>{"error": {...}}</c>, or anything else a proxy may send) into an <see cref="ImageApiException"/>.</summary>
internal static class ApiErrorReader
{
    private const int MaxShownBodyChars = 300;

    /// <summary>Builds the exception from a body; never throws on malformed input.</summary>
    public static ImageApiException Create(HttpStatusCode status, ReadOnlySpan<byte> body, string? contentType, string? secret, string? note, string? requestId, int attempts, TimeSpan? retryAfter)
    {
        string? message = null, type = null, code = null, param = null;
        ModerationDetails? moderation = null;
        bool parsed = false;
        if (!body.IsEmpty)
        {
            try
            {
                var reader = new Utf8JsonReader(body);
                if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("error"u8))
                        {
                            JsonRead.Next(ref reader);
                            if (reader.TokenType == JsonTokenType.StartObject)
                            {
                                ReadErrorObject(ref reader, out message, out type, out code, out param, out moderation);
                                parsed = true;
                            }
                            else if (reader.TokenType == JsonTokenType.String)
                            {
                                message = reader.GetString();
                                parsed = true;
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }
                        else if (reader.ValueTextEquals("message"u8) && message is null)
                        {
                            message = JsonRead.String(ref reader);
                            parsed = message is not null;
                        }
                        else
                        {
                            JsonRead.SkipValue(ref reader);
                        }
                    }
                }
            }
            catch (JsonException)
            {
                parsed = message is not null;
            }
        }

        if (!parsed)
        {
            message = DescribeBody(status, body, contentType, secret);
        }

        // Every field came from the server: scrubbed before it is stored (a proxy may echo the key anywhere).
        message = Secrets.Scrub(message, secret);
        type = Secrets.Scrub(type, secret);
        code = Secrets.Scrub(code, secret);
        return new ImageApiException(status, ImageApiException.Classify(status, type, code), message, type, code, Secrets.Scrub(param, secret), note)
        {
            Moderation = moderation,
            RequestId = requestId,
            Attempts = attempts,
            RetryAfter = retryAfter,
        };
    }

    /// <summary>Reads an API error object (the reader is on its start).</summary>
    public static void ReadErrorObject(ref Utf8JsonReader reader, out string? message, out string? type, out string? code, out string? param, out ModerationDetails? moderation)
    {
        message = type = code = param = null;
        moderation = null;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("message"u8))
            {
                message = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                type = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                code = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("param"u8))
            {
                param = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("moderation_details"u8))
            {
                if (!JsonRead.EnterObject(ref reader))
                {
                    continue;
                }

                string? stage = null;
                var categories = (System.Collections.Generic.IReadOnlyList<string>)Array.Empty<string>();
                while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("moderation_stage"u8))
                    {
                        stage = JsonRead.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("categories"u8))
                    {
                        categories = JsonRead.StringArray(ref reader);
                    }
                    else
                    {
                        JsonRead.SkipValue(ref reader);
                    }
                }

                moderation = new ModerationDetails { Stage = stage, Categories = categories };
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }
    }

    private static string DescribeBody(HttpStatusCode status, ReadOnlySpan<byte> body, string? contentType, string? secret)
    {
        var text = new StringBuilder("The server answered ")
            .Append((int)status).Append(' ').Append(status.ToString())
            .Append(" with ").Append(body.IsEmpty ? "an empty body" : "a body that is not an API error");
        if (!body.IsEmpty)
        {
            // The whole (already capped) body is decoded and scrubbed before it is cut, so a key across the cut never shows.
            text.Append(" (").Append(contentType ?? "no content type").Append(", ").Append(body.Length).Append(" bytes): ")
                .Append(Secrets.Shown(Encoding.UTF8.GetString(body), secret, MaxShownBodyChars));
        }

        return text.Append('.').ToString();
    }
}
