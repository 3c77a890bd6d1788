using System.IO;
using System.Text.Json;

namespace ImageContracts.Emulator;

/// <summary>Writes the API's error body <c>{"error": {"message", "type", "param", "code"}}</c> (all four keys always
/// present, <c>param</c> and <c>code</c> nullable: OAS <c>Error</c>).</summary>
internal static class ApiErrors
{
    public const string InvalidRequest = "invalid_request_error";

    public static EmulatorReply Reply(int status, string message, string type, string? param, string? code)
        => new(status, Body(message, type, param, code));

    public static EmulatorReply BadRequest(string message, string? param, string? code)
        => Reply(400, message, InvalidRequest, param, code);

    /// <summary>How the API answers a model id it does not serve (unknown or shut down).</summary>
    public static EmulatorReply ModelNotFound(string model)
        => Reply(404, $"The model `{model}` does not exist or you do not have access to it.", InvalidRequest, null, "model_not_found");

    public static byte[] Body(string message, string type, string? param, string? code)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("error");
            WriteObject(writer, message, type, param, code);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The inner error object, also used by stream <c>error</c> events.</summary>
    public static void WriteObject(Utf8JsonWriter writer, string message, string type, string? param, string? code)
    {
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteString("type", type);
        writer.WriteString("param", param);
        writer.WriteString("code", code);
        writer.WriteEndObject();
    }
}
