using System.Buffers.Binary;
using System.Text;

namespace ImageContracts.Http.Tests.Support;

/// <summary>Deterministic payloads shaped like the service's: images, ImagesResponse bodies and SSE streams of both APIs.</summary>
public static class Payloads
{
    public const int Created = 1713833628;

    /// <summary>Random bytes (seeded) that start with a PNG signature, so format detection says png.</summary>
    public static byte[] Image(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        ReadOnlySpan<byte> signature = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        signature.Slice(0, Math.Min(signature.Length, length)).CopyTo(bytes);
        return bytes;
    }

    public static string B64(byte[] bytes) => Convert.ToBase64String(bytes);

    public const string Usage = "{\"total_tokens\":4310,\"input_tokens\":50,\"output_tokens\":4160,\"input_tokens_details\":{\"text_tokens\":40,\"image_tokens\":10}}";

    public static string ImagesResponse(params byte[][] images) =>
        "{\"created\":" + Created + ",\"background\":\"opaque\",\"data\":[" + string.Join(",", images.Select(i => "{\"b64_json\":\"" + B64(i) + "\"}"))
        + "],\"output_format\":\"png\",\"quality\":\"high\",\"size\":\"1024x1024\",\"usage\":" + Usage + "}";

    public static string Event(string type, string json, string newline = "\n") =>
        "event: " + type + newline + "data: " + json + newline + newline;

    /// <summary>An Image API stream: partial images then the completed event (prefix <c>image_generation</c> or <c>image_edit</c>).</summary>
    public static byte[] ImageStream(string prefix, IReadOnlyList<byte[]> partials, byte[] final, string newline = "\n")
    {
        var text = new StringBuilder();
        for (int i = 0; i < partials.Count; i++)
        {
            text.Append(Event(prefix + ".partial_image",
                "{\"type\":\"" + prefix + ".partial_image\",\"b64_json\":\"" + B64(partials[i]) + "\",\"created_at\":" + Created
                + ",\"size\":\"1024x1024\",\"quality\":\"high\",\"background\":\"opaque\",\"output_format\":\"png\",\"partial_image_index\":" + i + "}", newline));
        }

        text.Append(Event(prefix + ".completed",
            "{\"type\":\"" + prefix + ".completed\",\"b64_json\":\"" + B64(final) + "\",\"created_at\":" + Created
            + ",\"size\":\"1024x1024\",\"quality\":\"high\",\"background\":\"opaque\",\"output_format\":\"png\",\"usage\":" + Usage + "}", newline));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string CallItem(string id, string status, byte[]? result, bool resultFirst = false)
    {
        string resultField = result is null ? "\"result\":null" : "\"result\":\"" + B64(result) + "\"";
        return resultFirst
            ? "{" + resultField + ",\"id\":\"" + id + "\",\"type\":\"image_generation_call\",\"status\":\"" + status + "\"}"
            : "{\"id\":\"" + id + "\",\"type\":\"image_generation_call\",\"status\":\"" + status + "\",\"background\":\"opaque\",\"output_format\":\"png\",\"quality\":\"high\","
              + resultField + ",\"revised_prompt\":\"A gray tabby cat hugging an otter\",\"size\":\"1024x1024\"}";
    }

    public static string ResponseJson(string id, string status, string output, string? previous = null) =>
        "{\"id\":\"" + id + "\",\"object\":\"response\",\"created_at\":" + Created + ",\"status\":\"" + status + "\",\"model\":\"gpt-4.1\",\"output\":[" + output + "]"
        + (previous is null ? "" : ",\"previous_response_id\":\"" + previous + "\"")
        + ",\"tools\":[{\"type\":\"image_generation\",\"model\":\"gpt-image-1\"}],\"usage\":{\"input_tokens\":20,\"output_tokens\":30,\"total_tokens\":50,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens_details\":{\"reasoning_tokens\":0}}}";

    public const string MessageItem = "{\"id\":\"msg_1\",\"type\":\"message\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Here is your image.\",\"annotations\":[]}]}";

    /// <summary>A Responses stream as the service sends it: lifecycle, the call's events with partial images,
    /// <c>output_item.done</c> with the final image, and <c>response.completed</c> repeating it.</summary>
    public static byte[] ResponsesStream(IReadOnlyList<byte[]> partials, byte[] final, string callId = "ig_1", string newline = "\n")
    {
        var text = new StringBuilder();
        int seq = 0;
        text.Append(Event("response.created", "{\"type\":\"response.created\",\"sequence_number\":" + seq++ + ",\"response\":" + ResponseJson("resp_1", "in_progress", "") + "}", newline));
        text.Append(Event("response.in_progress", "{\"type\":\"response.in_progress\",\"sequence_number\":" + seq++ + ",\"response\":" + ResponseJson("resp_1", "in_progress", "") + "}", newline));
        text.Append(Event("response.output_item.added", "{\"type\":\"response.output_item.added\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item\":" + CallItem(callId, "in_progress", null) + "}", newline));
        text.Append(Event("response.image_generation_call.in_progress", "{\"type\":\"response.image_generation_call.in_progress\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item_id\":\"" + callId + "\"}", newline));
        text.Append(Event("response.image_generation_call.generating", "{\"type\":\"response.image_generation_call.generating\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item_id\":\"" + callId + "\"}", newline));
        for (int i = 0; i < partials.Count; i++)
        {
            text.Append(Event("response.image_generation_call.partial_image",
                "{\"type\":\"response.image_generation_call.partial_image\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item_id\":\"" + callId
                + "\",\"partial_image_index\":" + i + ",\"partial_image_b64\":\"" + B64(partials[i]) + "\"}", newline));
        }

        text.Append(Event("response.image_generation_call.completed", "{\"type\":\"response.image_generation_call.completed\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item_id\":\"" + callId + "\"}", newline));
        string done = CallItem(callId, "completed", final);
        text.Append(Event("response.output_item.done", "{\"type\":\"response.output_item.done\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item\":" + done + "}", newline));
        text.Append(Event("response.completed", "{\"type\":\"response.completed\",\"sequence_number\":" + seq++ + ",\"response\":" + ResponseJson("resp_1", "completed", done) + "}", newline));
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}

/// <summary>Minimal image headers built by hand (the validator reads headers only).</summary>
public static class TestImages
{
    /// <summary>A PNG with an IHDR (RGBA when <paramref name="alpha"/>) and some IDAT filler.</summary>
    public static byte[] Png(int width, int height, bool alpha = true, int filler = 16)
    {
        var output = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), (uint)height);
        ihdr[8] = 8;
        ihdr[9] = (byte)(alpha ? 6 : 2);
        Chunk(output, "IHDR", ihdr);
        Chunk(output, "IDAT", new byte[filler]);
        Chunk(output, "IEND", Array.Empty<byte>());
        return output.ToArray();
    }

    private static void Chunk(List<byte> output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.AddRange(length);
        output.AddRange(Encoding.ASCII.GetBytes(type));
        output.AddRange(data);
        output.AddRange(new byte[4]); // CRC (not checked by the inspector)
    }
}
