using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ImageContracts.Emulator;

/// <summary>The Responses stream, in the API's event order (NODE-7590 <c>ResponseStreamEvent</c>): created,
/// in_progress, the image call (added, in_progress, generating, partial images, completed, done), the message
/// (added, content part, text delta/done, done) and completed; every event has its <c>sequence_number</c>.</summary>
internal sealed partial class ResponseService
{
    private IEnumerable<SseEvent> StreamEvents(ResponseTurn turn)
    {
        int sequence = 0;
        SseEvent Event(string type, Action<Utf8JsonWriter> fields) => new(type, JsonBytes.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteNumber("sequence_number", sequence++);
            fields(w);
            w.WriteEndObject();
        }));

        yield return Event("response.created", w => { w.WritePropertyName("response"); WriteResponse(w, turn, null, completed: false); });
        yield return Event("response.in_progress", w => { w.WritePropertyName("response"); WriteResponse(w, turn, null, completed: false); });
        int outputIndex = 0;
        byte[]? image = null;
        if (turn.Image is { } call)
        {
            void Item(Utf8JsonWriter w) { w.WriteNumber("output_index", 0); w.WriteString("item_id", turn.CallId); }
            yield return Event("response.output_item.added", w => { w.WriteNumber("output_index", 0); w.WritePropertyName("item"); WriteCall(w, turn, null, "in_progress"); });
            yield return Event("response.image_generation_call.in_progress", Item);
            yield return Event("response.image_generation_call.generating", Item);
            int partials = call.Settings.PartialImages;
            for (int p = 0; p < partials; p++)
            {
                byte[] partial = _images.Render(call, 0, (p + 1.0) / (partials + 1));
                int index = p;
                yield return Event("response.image_generation_call.partial_image", w =>
                {
                    Item(w);
                    w.WriteNumber("partial_image_index", index);
                    w.WriteBase64String("partial_image_b64", partial);
                    w.WriteString("background", call.Settings.Background);
                    w.WriteString("output_format", call.Settings.Format);
                    w.WriteString("quality", call.Settings.Quality);
                    w.WriteString("size", call.Settings.Size);
                });
            }

            image = _images.Render(call, 0, 1);
            yield return Event("response.image_generation_call.completed", Item);
            byte[] done = image;
            yield return Event("response.output_item.done", w => { w.WriteNumber("output_index", 0); w.WritePropertyName("item"); WriteCall(w, turn, done, "completed"); });
            outputIndex = 1;
        }

        string text = string.Concat(turn.MessageText);
        void Part(Utf8JsonWriter w) { w.WriteNumber("output_index", outputIndex); w.WriteString("item_id", turn.MessageId); w.WriteNumber("content_index", 0); }
        yield return Event("response.output_item.added", w => { w.WriteNumber("output_index", outputIndex); w.WritePropertyName("item"); WriteMessage(w, turn, null, "in_progress"); });
        yield return Event("response.content_part.added", w => { Part(w); w.WritePropertyName("part"); WriteTextPart(w, ""); });
        foreach (string delta in turn.MessageText)
        {
            yield return Event("response.output_text.delta", w => { Part(w); w.WriteString("delta", delta); });
        }

        yield return Event("response.output_text.done", w => { Part(w); w.WriteString("text", text); });
        yield return Event("response.content_part.done", w => { Part(w); w.WritePropertyName("part"); WriteTextPart(w, text); });
        yield return Event("response.output_item.done", w => { w.WriteNumber("output_index", outputIndex); w.WritePropertyName("item"); WriteMessage(w, turn, text, "completed"); });
        byte[] final = JsonBytes.Write(w => WriteResponse(w, turn, image, completed: true));
        Store(turn, image, final);
        yield return Event("response.completed", w => { w.WritePropertyName("response"); w.WriteRawValue(final, skipInputValidation: true); });
    }
}
