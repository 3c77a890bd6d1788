// One typed request breaks a rule on purpose to compare the typed and raw-body findings; the analyzer reports it as IMG0006.
#pragma warning disable IMG0006

using System.Buffers;
using System.Text;
using System.Text.Json;
using ImageContracts.Contract.Tests.Support;
using ImageContracts.Http;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// Values the way JSON carries them: reference objects (<c>{"image_url": ...}</c>, <c>{"file_id": ...}</c>) for JSON
/// edits' images and mask and the tool's input_image_mask, lists, numbers as long/double/decimal, JsonElements; and
/// <c>ImageContract.ValidateJson</c> on raw bodies, which must agree with the typed and dictionary entry points and
/// stay bounded on hostile bodies.
/// </summary>
public class JsonInputTests
{
    private const string Host = "gpt-4.1";
    private static readonly byte[] Png = TestImages.Png(64, 64);
    private static readonly string PngDataUrl = "data:image/png;base64," + Convert.ToBase64String(Png);
    private static readonly string GarbageDataUrl = "data:image/png;base64," + Convert.ToBase64String(Encoding.ASCII.GetBytes("not an image at all"));

    private static string Findings(ValidationResult result) =>
        string.Join(" | ", result.All.Select(f => f.Severity + ":" + f.Code + "@" + f.Parameter).Order(StringComparer.Ordinal));

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static Dictionary<string, object?> FromJson(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
    }

    [Fact]
    public void Reference_objects_in_a_list_validate_like_typed_image_references()
    {
        var typed = new GptImage2.JsonEditRequest("Add a hat", ImageReference.FromUrl(PngDataUrl), ImageReference.FromFileId("file-abc"));
        var values = new Dictionary<string, object?>
        {
            ["prompt"] = "Add a hat",
            ["images"] = new List<object?>
            {
                new Dictionary<string, object?> { ["image_url"] = PngDataUrl },
                new Dictionary<string, object?> { ["file_id"] = "file-abc" },
            },
        };

        ValidationResult dictionary = ImageContract.Validate("edits", "gpt-image-2", values);

        Assert.True(dictionary.IsValid, dictionary.ToString());
        Assert.Equal(Findings(typed.Validate()), Findings(dictionary));
    }

    [Fact]
    public void A_data_url_inside_a_reference_object_is_inspected_like_a_typed_one()
    {
        var typed = new GptImage2.JsonEditRequest("Add a hat", ImageReference.FromUrl(GarbageDataUrl));
        ValidationResult dictionary = ImageContract.Validate("edits", "gpt-image-2", FromJson(
            "{\"prompt\":\"Add a hat\",\"images\":[{\"image_url\":\"" + GarbageDataUrl + "\"}]}"));

        Assert.False(dictionary.IsValid);
        Assert.Contains(dictionary.Errors, e => e.Code is ValidationCodes.FileFormat or ValidationCodes.FileUnreadable && e.Parameter == "images");
        Assert.Equal(Findings(typed.Validate()), Findings(dictionary));
    }

    [Fact]
    public void A_mask_and_the_tools_input_image_mask_take_reference_objects()
    {
        ValidationResult mask = ImageContract.Validate("edits", "gpt-image-2", new Dictionary<string, object?>
        {
            ["prompt"] = "Add a hat",
            ["images"] = new[] { new Dictionary<string, object?> { ["file_id"] = "file-img" } },
            ["mask"] = new Dictionary<string, object?> { ["file_id"] = "file-mask" },
        });
        var typedTool = new GptImage2.ImageGenerationTool { InputImageMask = ImageReference.FromUrl(PngDataUrl) };
        ValidationResult tool = ImageContract.Validate("responses", Host, new Dictionary<string, object?>
        {
            ["model"] = "gpt-image-2",
            ["input_image_mask"] = FromJson("{\"m\":{\"image_url\":\"" + PngDataUrl + "\"}}")["m"],
        });

        Assert.True(mask.IsValid, mask.ToString());
        Assert.Equal(Findings(typedTool.Validate(Host)), Findings(tool));
    }

    [Theory]
    [InlineData("{\"url\":\"https://example.com/a.png\"}")]
    [InlineData("{\"image_url\":\"https://example.com/a.png\",\"file_id\":\"file-abc\"}")]
    [InlineData("{\"image_url\":\"\"}")]
    [InlineData("{\"file_id\":42}")]
    [InlineData("{}")]
    public void A_malformed_reference_object_is_an_invalid_type_that_shows_the_accepted_shape(string mask)
    {
        ValidationResult result = ImageContract.Validate("edits", "gpt-image-2", FromJson(
            "{\"prompt\":\"p\",\"images\":[{\"file_id\":\"file-img\"}],\"mask\":" + mask + "}"));

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal((ValidationCodes.InvalidType, "mask"), (error.Code, error.Parameter));
        Assert.Contains("{\"image_url\": ...}", error.Message, StringComparison.Ordinal);
        Assert.Contains("{\"file_id\": ...}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_item_in_a_list_is_named_by_its_index()
    {
        ValidationResult result = ImageContract.Validate("edits", "gpt-image-2", FromJson(
            "{\"prompt\":\"p\",\"images\":[{\"file_id\":\"a\"},{\"file_id\":\"b\"},{\"url\":\"https://example.com/c.png\"}]}"));

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal((ValidationCodes.InvalidType, "images"), (error.Code, error.Parameter));
        Assert.Contains("item [2] is a JSON object", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("int")]
    [InlineData("long")]
    [InlineData("double")]
    [InlineData("decimal")]
    [InlineData("json")]
    public void Integral_numbers_count_whatever_their_dotnet_type(string form)
    {
        object n = form switch
        {
            "int" => 2,
            "long" => 2L,
            "double" => 2.0,
            "decimal" => 2.00m,
            _ => FromJson("{\"n\":2.0}")["n"]!,
        };

        ValidationResult result = ImageContract.Validate("generations", "gpt-image-2", new Dictionary<string, object?> { ["prompt"] = "p", ["n"] = n });

        Assert.True(result.IsValid, result.ToString());
    }

    [Theory]
    [InlineData("double")]
    [InlineData("decimal")]
    [InlineData("json")]
    public void Fractional_numbers_are_not_integers(string form)
    {
        object n = form switch { "double" => 2.5, "decimal" => 2.5m, _ => FromJson("{\"n\":2.5}")["n"]! };

        ValidationResult result = ImageContract.Validate("generations", "gpt-image-2", new Dictionary<string, object?> { ["prompt"] = "p", ["n"] = n });

        Assert.Equal("Error:invalid_type@n", Findings(result));
    }

    [Fact]
    public void JsonElement_values_give_the_same_findings_as_plain_values()
    {
        const string json = "{\"prompt\":\"p\",\"n\":12,\"quality\":\"ultra\",\"stream\":true,\"partial_images\":2,\"user\":null}";
        var plain = new Dictionary<string, object?> { ["prompt"] = "p", ["n"] = 12L, ["quality"] = "ultra", ["stream"] = true, ["partial_images"] = 2, ["user"] = null };

        ValidationResult fromElements = ImageContract.Validate("generations", "gpt-image-2", FromJson(json));

        Assert.False(fromElements.IsValid);
        Assert.Equal(Findings(ImageContract.Validate("generations", "gpt-image-2", plain)), Findings(fromElements));
    }

    public static TheoryData<string> TypedRequests() => new() { "valid generation", "invalid generation", "json edit", "json edit with bad image", "tool" };

    [Theory]
    [MemberData(nameof(TypedRequests))]
    public void A_typed_requests_wire_body_validates_as_the_typed_request_does(string name)
    {
        (string endpoint, byte[] body, ValidationResult typed) = name switch
        {
            "valid generation" => Typed("generations", new GptImage2.GenerateRequest("A lighthouse") { N = 2, Quality = GptImage2.Quality.High }),
            "invalid generation" => Typed("generations", new GptImage2.GenerateRequest("A lighthouse") { PartialImages = 2, OutputCompression = 50 }),
            "json edit" => Typed("edits", new GptImage2.JsonEditRequest("Add a hat", ImageReference.FromUrl(PngDataUrl), ImageReference.FromFileId("file-abc")) { Mask = ImageReference.FromFileId("file-mask") }),
            "json edit with bad image" => Typed("edits", new GptImage2.JsonEditRequest("Add a hat", ImageReference.FromUrl(GarbageDataUrl))),
            _ => ToolBody(new ImageResponseRequest(Host, new GptImage2.ImageGenerationTool { PartialImages = 2, InputImageMask = ImageReference.FromUrl(PngDataUrl) }, "Draw a cat")),
        };

        RequestBodyReport report = ImageContract.ValidateJson(endpoint, body);

        Assert.Equal(Findings(typed), Findings(report.Validation));
        Assert.Equal("gpt-image-2", report.Model);
        Assert.NotNull(report.Cost);
    }

    private static (string, byte[], ValidationResult) Typed(string endpoint, IJsonRequest request) =>
        (endpoint, Json(request.WriteJson), request.Validate());

    private static (string, byte[], ValidationResult) ToolBody(ImageResponseRequest request) =>
        ("responses", Json(w => request.WriteJson(w)), request.Validate());

    [Fact]
    public void Every_body_form_gives_the_same_report_and_the_dictionarys_cost()
    {
        byte[] body = Encoding.UTF8.GetBytes("{\"model\":\"gpt-image-2\",\"prompt\":\"A lighthouse\",\"n\":3,\"quality\":\"low\",\"size\":\"1024x1024\"}");
        using JsonDocument document = JsonDocument.Parse(body);
        CostEstimate expected = ImageContract.EstimateCost("generations", "gpt-image-2", FromJson(Encoding.UTF8.GetString(body)));

        RequestBodyReport[] reports =
        {
            ImageContract.ValidateJson("generations", body),
            ImageContract.ValidateJson("generations", new ReadOnlyMemory<byte>(body)),
            ImageContract.ValidateJson("generations", new ReadOnlySpan<byte>(body)),
            ImageContract.ValidateJson("generations", document.RootElement),
        };

        Assert.All(reports, r =>
        {
            Assert.True(r.IsValid, r.ToString());
            Assert.Equal((expected.MinUsd, expected.MaxUsd, expected.OutputImageTokens), (r.Cost!.MinUsd, r.Cost.MaxUsd, r.Cost.OutputImageTokens));
        });
    }

    [Fact]
    public void A_body_without_a_model_is_judged_as_the_dictionary_entry_point_judges_it()
    {
        const string json = "{\"prompt\":\"A lighthouse\",\"quality\":\"high\"}";

        RequestBodyReport report = ImageContract.ValidateJson("generations", Encoding.UTF8.GetBytes(json));

        Assert.Equal(Findings(ImageContract.Validate("generations", null, FromJson(json))), Findings(report.Validation));
        Assert.Contains(report.Validation.All, f => f.Parameter == "model");
    }

    [Fact]
    public void An_unknown_model_in_a_body_warns_is_priced_open_ended_and_refused_on_request()
    {
        byte[] body = Encoding.UTF8.GetBytes("{\"model\":\"gpt-image-7-nebula\",\"prompt\":\"A lighthouse\",\"quality\":\"xhigh\"}");

        RequestBodyReport warned = ImageContract.ValidateJson("generations", body);
        RequestBodyReport refused = ImageContract.ValidateJson("generations", body, new ValidationOptions { UnknownModels = UnknownModelPolicy.Refuse });

        Assert.True(warned.IsValid, warned.ToString());
        Assert.True(warned.Cost!.IsOpenEnded);
        Assert.Equal("gpt-image-7-nebula", warned.Model);
        Assert.Equal("Error:unknown_model@model", Findings(refused.Validation));
    }

    [Fact]
    public void A_responses_body_is_checked_through_its_image_generation_tool_and_host()
    {
        string body = "{\"model\":\"gpt-image-2\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"a cat\"}]}],"
            + "\"tools\":[{\"type\":\"function\",\"name\":\"f\"},{\"type\":\"image_generation\",\"model\":\"gpt-image-2\",\"partial_images\":7}]}";

        RequestBodyReport report = ImageContract.ValidateJson("responses", Encoding.UTF8.GetBytes(body));

        Assert.Equal("gpt-image-2", report.HostModel);
        Assert.Contains(report.Validation.Errors, e => e.Code == ValidationCodes.HostNotSupported);
        Assert.Contains(report.Validation.Errors, e => e.Code == ValidationCodes.OutOfRange && e.Parameter == "partial_images");
    }

    [Theory]
    [InlineData("[1,2]", "$", "expected a JSON object")]
    [InlineData("", "$", "empty")]
    [InlineData("{\"prompt\":\"a\",\"prompt\":\"b\"}", "$.prompt", "more than once")]
    [InlineData("{\"prompt\":\"a\"} trailing", "$", "not valid JSON")]
    [InlineData("{\"prompt\":\"a\",", "$", "not valid JSON")]
    [InlineData("{\"prompt\":\"a\",\"model\":7}", "$.model", "model id string")]
    [InlineData("{\"prompt\":\"a\",\"images\":[{\"file_id\":\"f\"},{\"file_id\":[1,]}]}", "$.images[1].file_id", "not valid JSON")]
    public void A_malformed_body_is_one_invalid_json_error_that_says_where(string body, string path, string what)
    {
        RequestBodyReport report = ImageContract.ValidateJson("generations", Encoding.UTF8.GetBytes(body));

        ValidationFinding error = Assert.Single(report.Validation.All);
        Assert.Equal(ValidationCodes.InvalidJson, error.Code);
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
        Assert.Null(report.Cost);
    }

    [Fact]
    public void Invalid_utf8_is_reported_not_thrown()
    {
        byte[] body = [.. "{\"prompt\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        RequestBodyReport report = ImageContract.ValidateJson("generations", body);

        Assert.Equal(ValidationCodes.InvalidJson, Assert.Single(report.Validation.Errors).Code);
    }

    [Fact]
    public void Deep_nesting_stops_at_the_depth_limit_with_the_path()
    {
        string deep = "{\"prompt\":\"p\",\"metadata\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        RequestBodyReport report = ImageContract.ValidateJson("generations", Encoding.UTF8.GetBytes(deep));

        ValidationFinding error = Assert.Single(report.Validation.All);
        Assert.Equal((ValidationCodes.InvalidJson, "metadata"), (error.Code, error.Parameter));
        Assert.StartsWith("$.metadata[0][0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_in_a_skipped_part_of_a_responses_body_is_still_bounded()
    {
        string deep = "{\"model\":\"gpt-4.1\",\"input\":" + new string('[', 100_000) + new string(']', 100_000) + ",\"tools\":[]}";

        RequestBodyReport report = ImageContract.ValidateJson("responses", Encoding.UTF8.GetBytes(deep));

        ValidationFinding error = Assert.Single(report.Validation.All);
        Assert.Equal(ValidationCodes.InvalidJson, error.Code);
        Assert.StartsWith("$.input:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_array_stops_at_the_item_limit_with_the_path()
    {
        var body = new StringBuilder("{\"prompt\":\"p\",\"images\":[");
        body.Insert(body.Length, "{\"file_id\":\"f\"},", 1_000_000).Append("{\"file_id\":\"f\"}]}");

        RequestBodyReport report = ImageContract.ValidateJson("edits", Encoding.UTF8.GetBytes(body.ToString()));

        ValidationFinding error = Assert.Single(report.Validation.All);
        Assert.Equal((ValidationCodes.InvalidJson, "images"), (error.Code, error.Parameter));
        Assert.Equal("$.images: the array has more than 256 items.", error.Message);
    }

    [Fact]
    public void A_json_element_that_is_not_an_object_is_reported()
    {
        using JsonDocument document = JsonDocument.Parse("\"just a string\"");

        RequestBodyReport report = ImageContract.ValidateJson("generations", document.RootElement);

        Assert.Equal(ValidationCodes.InvalidJson, Assert.Single(report.Validation.Errors).Code);
    }
}
