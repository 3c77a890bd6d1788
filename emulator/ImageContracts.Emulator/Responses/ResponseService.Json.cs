using System.Text.Json;

namespace ImageContracts.Emulator;

/// <summary>The response object and its output items (NODE-7590 <c>Response</c>, <c>ImageGenerationCall</c>,
/// <c>ResponseOutputMessage</c>).</summary>
internal sealed partial class ResponseService
{
    /// <summary>Text tokens the short assistant message counts as.</summary>
    private const int MessageTokens = 8;

    private void WriteResponse(Utf8JsonWriter w, ResponseTurn turn, byte[]? image, bool completed)
    {
        w.WriteStartObject();
        w.WriteString("id", turn.Id);
        w.WriteString("object", "response");
        w.WriteNumber("created_at", turn.CreatedAt);
        w.WriteString("status", completed ? "completed" : "in_progress");
        if (completed)
        {
            w.WriteNumber("completed_at", _state.UnixNow);
        }
        else
        {
            w.WriteNull("completed_at");
        }

        w.WriteNull("error");
        w.WriteNull("incomplete_details");
        w.WriteNull("instructions");
        w.WriteNull("max_output_tokens");
        w.WriteString("model", turn.HostModel);
        w.WriteStartArray("output");
        if (completed)
        {
            if (turn.Image is not null)
            {
                WriteCall(w, turn, image, "completed");
            }

            WriteMessage(w, turn, string.Concat(turn.MessageText), "completed");
        }

        w.WriteEndArray();
        w.WriteBoolean("parallel_tool_calls", true);
        w.WriteString("previous_response_id", turn.PreviousResponseId);
        w.WriteBoolean("store", true);
        w.WriteNumber("temperature", 1.0);
        w.WriteStartObject("text");
        w.WriteStartObject("format");
        w.WriteString("type", "text");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("tool_choice", "auto");
        w.WritePropertyName("tools");
        if (turn.Tools is { } tools)
        {
            tools.WriteTo(w);
        }
        else
        {
            w.WriteStartArray();
            w.WriteEndArray();
        }

        w.WriteNumber("top_p", 1.0);
        w.WriteString("truncation", "disabled");
        w.WriteStartObject("metadata");
        w.WriteEndObject();
        if (completed)
        {
            w.WriteStartObject("usage");
            w.WriteNumber("input_tokens", turn.PromptTokens);
            w.WriteStartObject("input_tokens_details");
            w.WriteNumber("cached_tokens", 0);
            w.WriteEndObject();
            w.WriteNumber("output_tokens", MessageTokens);
            w.WriteStartObject("output_tokens_details");
            w.WriteNumber("reasoning_tokens", 0);
            w.WriteEndObject();
            w.WriteNumber("total_tokens", turn.PromptTokens + MessageTokens);
            w.WriteEndObject();
            if (turn.Image?.Usage is { } imageUsage)
            {
                w.WriteStartObject("tool_usage");
                w.WritePropertyName("image_gen");
                imageUsage.WriteImagesUsage(w);
                w.WriteEndObject();
            }
        }
        else
        {
            w.WriteNull("usage");
        }

        w.WriteEndObject();
    }

    private static void WriteCall(Utf8JsonWriter w, ResponseTurn turn, byte[]? image, string status)
    {
        OutputSettings settings = turn.Image!.Settings;
        w.WriteStartObject();
        w.WriteString("type", "image_generation_call");
        w.WriteString("id", turn.CallId);
        w.WriteString("status", status);
        if (image is null)
        {
            w.WriteNull("result");
        }
        else
        {
            w.WriteBase64String("result", image);
            w.WriteString("revised_prompt", ImageService.RevisedPrompt(turn.Prompt));
        }

        w.WriteString("action", turn.Action);
        w.WriteString("background", settings.Background);
        w.WriteString("output_format", settings.Format);
        w.WriteString("quality", settings.Quality);
        w.WriteString("size", settings.Size);
        w.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter w, ResponseTurn turn, string? text, string status)
    {
        w.WriteStartObject();
        w.WriteString("type", "message");
        w.WriteString("id", turn.MessageId);
        w.WriteString("status", status);
        w.WriteString("role", "assistant");
        w.WriteStartArray("content");
        if (text is not null)
        {
            WriteTextPart(w, text);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTextPart(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject();
        w.WriteString("type", "output_text");
        w.WriteString("text", text);
        w.WriteStartArray("annotations");
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
