using System.Text;

namespace ImageContracts.Benchmarks;

/// <summary>
/// Deterministic payloads shaped like the service's (as in shared/peers.md): a 3 MiB final image (<c>new Random(42)</c>,
/// 4 MiB of base64) and three 768 KiB partial images (seeds 100–102, 1 MiB of base64 each), base64 written without
/// escaping <c>+</c> and <c>/</c>.
/// </summary>
public sealed class Payloads
{
    public Payloads()
    {
        Final = Bytes(42, 3 * 1024 * 1024);
        Partials = new[] { Bytes(100, 768 * 1024), Bytes(101, 768 * 1024), Bytes(102, 768 * 1024) };
        string final64 = Convert.ToBase64String(Final);
        ImagesJson = Encoding.UTF8.GetBytes(
            "{\"created\":1713833628,\"background\":\"opaque\",\"data\":[{\"b64_json\":\"" + final64 + "\"}],\"output_format\":\"png\",\"quality\":\"high\",\"size\":\"1024x1024\","
            + "\"usage\":{\"total_tokens\":4210,\"input_tokens\":50,\"output_tokens\":4160,\"input_tokens_details\":{\"text_tokens\":50,\"image_tokens\":0}}}");

        var images = new StringBuilder();
        for (int i = 0; i < 3; i++)
        {
            images.Append(Event("image_generation.partial_image", "{\"type\":\"image_generation.partial_image\",\"b64_json\":\"" + Convert.ToBase64String(Partials[i])
                + "\",\"created_at\":1713833628,\"size\":\"1024x1024\",\"quality\":\"high\",\"background\":\"opaque\",\"output_format\":\"png\",\"partial_image_index\":" + i + "}"));
        }

        images.Append(Event("image_generation.completed", "{\"type\":\"image_generation.completed\",\"b64_json\":\"" + final64
            + "\",\"created_at\":1713833628,\"size\":\"1024x1024\",\"quality\":\"high\",\"background\":\"opaque\",\"output_format\":\"png\","
            + "\"usage\":{\"total_tokens\":4510,\"input_tokens\":50,\"output_tokens\":4460,\"input_tokens_details\":{\"text_tokens\":50,\"image_tokens\":0}}}"));
        ImagesSse = Encoding.UTF8.GetBytes(images.ToString());

        string item = "{\"id\":\"ig_1\",\"type\":\"image_generation_call\",\"status\":\"completed\",\"background\":\"opaque\",\"output_format\":\"png\",\"quality\":\"high\",\"result\":\""
            + final64 + "\",\"revised_prompt\":\"A cat\",\"size\":\"1024x1024\"}";
        string Response(string status, string output) =>
            "{\"id\":\"resp_1\",\"object\":\"response\",\"created_at\":1713833628,\"status\":\"" + status + "\",\"model\":\"gpt-4.1\",\"output\":[" + output
            + "],\"parallel_tool_calls\":true,\"tool_choice\":\"auto\",\"tools\":[{\"type\":\"image_generation\",\"model\":\"gpt-image-1\",\"partial_images\":3}],"
            + "\"usage\":" + (status == "completed" ? "{\"input_tokens\":20,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":30,\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":50}" : "null") + "}";
        var responses = new StringBuilder();
        int seq = 0;
        responses.Append(Event("response.created", "{\"type\":\"response.created\",\"sequence_number\":" + seq++ + ",\"response\":" + Response("in_progress", "") + "}"));
        responses.Append(Event("response.in_progress", "{\"type\":\"response.in_progress\",\"sequence_number\":" + seq++ + ",\"response\":" + Response("in_progress", "") + "}"));
        responses.Append(Event("response.output_item.added", "{\"type\":\"response.output_item.added\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item\":{\"id\":\"ig_1\",\"type\":\"image_generation_call\",\"status\":\"in_progress\",\"result\":null}}"));
        responses.Append(Event("response.image_generation_call.in_progress", "{\"type\":\"response.image_generation_call.in_progress\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item_id\":\"ig_1\"}"));
        responses.Append(Event("response.image_generation_call.generating", "{\"type\":\"response.image_generation_call.generating\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item_id\":\"ig_1\"}"));
        for (int i = 0; i < 3; i++)
        {
            responses.Append(Event("response.image_generation_call.partial_image", "{\"type\":\"response.image_generation_call.partial_image\",\"sequence_number\":" + seq++
                + ",\"output_index\":0,\"item_id\":\"ig_1\",\"partial_image_index\":" + i + ",\"partial_image_b64\":\"" + Convert.ToBase64String(Partials[i]) + "\"}"));
        }

        responses.Append(Event("response.image_generation_call.completed", "{\"type\":\"response.image_generation_call.completed\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item_id\":\"ig_1\"}"));
        responses.Append(Event("response.output_item.done", "{\"type\":\"response.output_item.done\",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item\":" + item + "}"));
        responses.Append(Event("response.completed", "{\"type\":\"response.completed\",\"sequence_number\":" + seq++ + ",\"response\":" + Response("completed", item) + "}"));
        ResponsesSse = Encoding.UTF8.GetBytes(responses.ToString());
    }

    public byte[] Final { get; }

    public byte[][] Partials { get; }

    public byte[] ImagesJson { get; }

    public byte[] ImagesSse { get; }

    public byte[] ResponsesSse { get; }

    private static string Event(string type, string json) => "event: " + type + "\ndata: " + json + "\n\n";

    private static byte[] Bytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
