using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>Reads <c>{"object": "list", "data": [{"id", "created", "owned_by", "shutdown_date"?}, ...]}</c>.</summary>
internal static class ModelListReader
{
    public static IReadOnlyList<ApiModel> Parse(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        JsonRead.Next(ref reader);
        JsonRead.ExpectObject(ref reader);
        List<ApiModel>? models = null;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("data"u8))
            {
                JsonRead.SkipValue(ref reader);
                continue;
            }

            if (!JsonRead.EnterArray(ref reader))
            {
                throw new JsonException("'data' is not an array.");
            }

            models = new List<ApiModel>();
            while (JsonRead.NextTokenType(ref reader) != JsonTokenType.EndArray)
            {
                models.Add(Model(ref reader, models.Count));
            }
        }

        return models ?? throw new JsonException("The list has no 'data' array.");
    }

    private static ApiModel Model(ref Utf8JsonReader reader, int index)
    {
        string where = "data[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(where + " is not an object.");
        }

        string? id = null, ownedBy = null, shutdown = null;
        long? created = null;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                id = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("created"u8))
            {
                created = JsonRead.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("owned_by"u8))
            {
                ownedBy = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("shutdown_date"u8))
            {
                shutdown = JsonRead.String(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        if (string.IsNullOrEmpty(id))
        {
            throw new JsonException(where + " has no id.");
        }

        DateOnly? shutdownDate = null;
        if (shutdown is not null)
        {
            shutdownDate = DateOnly.TryParseExact(shutdown, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
                ? date
                : throw new JsonException(where + " (" + id + ") has shutdown_date '" + shutdown + "', not a YYYY-MM-DD date.");
        }

        return new ApiModel(id, JsonRead.UnixTime(created) ?? DateTimeOffset.UnixEpoch, ownedBy ?? "", shutdownDate);
    }
}
