// These tests build invalid, preview and retired-model requests on purpose, with constant values, to check the
// run-time validator; the ImageContracts analyzer would report the same problems at compile time.
#pragma warning disable IMG0001, IMG0002, IMG0003, IMG0004, IMG0005, IMG0006, IMG0007, IMG0008, IMG0009, IMG0010, IMG0011, IMG0012

using System.Text;
using System.Text.Json;
using ImageContracts.Contract.Tests.Support;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// Typed requests, loose requests and the dictionary entry point are three doors to one engine: for the same
/// request they report the same findings. And what typed requests put on the wire: JSON bodies (only the set
/// fields, wire names, model first) and multipart parts (image / image[] / mask, text fields as strings).
/// </summary>
public class LooseAndTypedAgreeTests
{
    private const string Host = "gpt-4.1";

    private sealed record Case(string[] ExpectedErrors, Func<ValidationResult> Typed, Func<ValidationResult> Loose, Func<ValidationResult> Dictionary);

    private static readonly ImageFile Square = TestImages.PngFile(64, 64);
    private static readonly ImageFile SmallMask = TestImages.PngFile(32, 32);
    private static readonly ImageFile Wide = TestImages.PngFile(64, 32);
    private static readonly ImageFile Gif = ImageFile.FromBytes(TestImages.Gif(64, 64));

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["gpt-image-1.5 generation, transparent + jpeg"] = new(
            new[] { "rule:transparent-background-format" },
            () => new GptImage15.GenerateRequest("a fox") { Background = GptImage15.Background.Transparent, OutputFormat = GptImage15.OutputFormat.Jpeg }.Validate(),
            () => new ImageGenerationRequest("a fox") { Model = "gpt-image-1.5", Background = "transparent", OutputFormat = "jpeg" }.Validate(),
            () => ImageContract.Validate("generations", "gpt-image-1.5", new Dictionary<string, object?> { ["prompt"] = "a fox", ["background"] = "transparent", ["output_format"] = "jpeg" })),
        ["gpt-image-1.5 generation, transparent + low quality (warning only)"] = new(
            Array.Empty<string>(),
            () => new GptImage15.GenerateRequest("a fox") { Background = GptImage15.Background.Transparent, Quality = GptImage15.Quality.Low }.Validate(),
            () => new ImageGenerationRequest("a fox") { Model = "gpt-image-1.5", Background = "transparent", Quality = "low" }.Validate(),
            () => ImageContract.Validate("generations", "gpt-image-1.5", new Dictionary<string, object?> { ["prompt"] = "a fox", ["background"] = "transparent", ["quality"] = "low" })),
        ["gpt-image-1 generation, compression 101 with png"] = new(
            new[] { "out_of_range", "rule:compression-format" },
            () => new GptImage1.GenerateRequest("a lake") { OutputCompression = 101, OutputFormat = GptImage1.OutputFormat.Png }.Validate(),
            () => new ImageGenerationRequest("a lake") { Model = "gpt-image-1", OutputCompression = 101, OutputFormat = "png" }.Validate(),
            () => ImageContract.Validate("generations", "gpt-image-1", new Dictionary<string, object?> { ["prompt"] = "a lake", ["output_compression"] = 101, ["output_format"] = "png" })),
        ["gpt-image-1.5 generation, partial_images without stream"] = new(
            new[] { "rule:partial-images-need-stream" },
            () => new GptImage15.GenerateRequest("a river") { PartialImages = 2 }.Validate(),
            () => new ImageGenerationRequest("a river") { Model = "gpt-image-1.5", PartialImages = 2 }.Validate(),
            () => ImageContract.Validate("generations", "gpt-image-1.5", new Dictionary<string, object?> { ["prompt"] = "a river", ["partial_images"] = 2 })),
        ["dall-e-3 generation, n=2, hd, 1792x1024"] = new(
            new[] { "out_of_range" },
            () => new DallE3.GenerateRequest("a castle") { N = 2, Quality = DallE3.Quality.Hd, Size = DallE3.Size.W1792xH1024 }.Validate(),
            () => new ImageGenerationRequest("a castle") { Model = "dall-e-3", N = 2, Quality = "hd", Size = "1792x1024" }.Validate(),
            () => ImageContract.Validate("generations", "dall-e-3", new Dictionary<string, object?> { ["prompt"] = "a castle", ["n"] = 2, ["quality"] = "hd", ["size"] = "1792x1024" })),
        ["dall-e-2 generation, 1001-char prompt, n=11"] = new(
            new[] { "out_of_range", "too_long" },
            () => new DallE2.GenerateRequest(new string('p', 1001)) { N = 11 }.Validate(),
            () => new ImageGenerationRequest(new string('p', 1001)) { Model = "dall-e-2", N = 11 }.Validate(),
            () => ImageContract.Validate("generations", "dall-e-2", new Dictionary<string, object?> { ["prompt"] = new string('p', 1001), ["n"] = 11 })),
        ["gpt-image-2 generation, free-form 1536x864, transparent (preview)"] = new(
            Array.Empty<string>(),
            () => new GptImage2.GenerateRequest("a skyline") { Size = new GptImage2.Size(1536, 864), Background = GptImage2.Background.Transparent }.Validate(),
            () => new ImageGenerationRequest("a skyline") { Model = "gpt-image-2", Size = "1536x864", Background = "transparent" }.Validate(),
            () => ImageContract.Validate("generations", "gpt-image-2", new Dictionary<string, object?> { ["prompt"] = "a skyline", ["size"] = "1536x864", ["background"] = "transparent" })),
        ["gpt-image-2 generation, 3840x2160 (experimental)"] = new(
            Array.Empty<string>(),
            () => new GptImage2.GenerateRequest("a skyline") { Size = GptImage2.Size.W3840xH2160 }.Validate(),
            () => new ImageGenerationRequest("a skyline") { Model = "gpt-image-2", Size = "3840x2160" }.Validate(),
            () => ImageContract.Validate("generations", "gpt-image-2", new Dictionary<string, object?> { ["prompt"] = "a skyline", ["size"] = "3840x2160" })),
        ["chatgpt-image-latest generation (unconfirmed)"] = new(
            Array.Empty<string>(),
            () => new ChatGptImageLatest.GenerateRequest("a robot") { Quality = ChatGptImageLatest.Quality.Medium }.Validate(),
            () => new ImageGenerationRequest("a robot") { Model = "chatgpt-image-latest", Quality = "medium" }.Validate(),
            () => ImageContract.Validate("generations", "chatgpt-image-latest", new Dictionary<string, object?> { ["prompt"] = "a robot", ["quality"] = "medium" })),
        ["gpt-image-1.5 edit, small mask, partial_images without stream"] = new(
            new[] { "rule:mask-dimensions", "rule:partial-images-need-stream" },
            () => new GptImage15.EditRequest("add a hat", Square) { Mask = SmallMask, PartialImages = 1 }.Validate(),
            () => new ImageEditRequest("add a hat", Square) { Model = "gpt-image-1.5", Mask = SmallMask, PartialImages = 1 }.Validate(),
            () => ImageContract.Validate("edits", "gpt-image-1.5", new Dictionary<string, object?> { ["prompt"] = "add a hat", ["image"] = new[] { Square }, ["mask"] = SmallMask, ["partial_images"] = 1 })),
        ["gpt-image-1 edit, a gif among 17 images"] = new(
            new[] { "file_format", "too_many_files" },
            () => new GptImage1.EditRequest("merge", Enumerable.Repeat(Square, 16).Append(Gif).ToArray()).Validate(),
            () => new ImageEditRequest("merge", Enumerable.Repeat(Square, 16).Append(Gif).ToArray()) { Model = "gpt-image-1" }.Validate(),
            () => ImageContract.Validate("edits", "gpt-image-1", new Dictionary<string, object?> { ["prompt"] = "merge", ["image"] = Enumerable.Repeat(Square, 16).Append(Gif).ToArray() })),
        ["gpt-image-1-mini edit, input_fidelity high (only low is accepted)"] = new(
            new[] { "value_not_allowed" },
            () => ContractValidator.Validate(GptImage1Mini.EditsContract, new Dictionary<string, object?> { ["prompt"] = "x", ["image"] = Square, ["input_fidelity"] = "high" }, GptImage1Mini.Contract.Lifecycle),
            () => new ImageEditRequest("x", Square) { Model = "gpt-image-1-mini", InputFidelity = "high" }.Validate(),
            () => ImageContract.Validate("edits", "gpt-image-1-mini", new Dictionary<string, object?> { ["prompt"] = "x", ["image"] = Square, ["input_fidelity"] = "high" })),
        ["dall-e-2 edit, valid square PNG and mask"] = new(
            Array.Empty<string>(),
            () => new DallE2.EditRequest("a flamingo", Square) { Mask = Square, N = 2, Size = DallE2.Size.W512xH512 }.Validate(),
            () => new ImageEditRequest("a flamingo", Square) { Model = "dall-e-2", Mask = Square, N = 2, Size = "512x512" }.Validate(),
            () => ImageContract.Validate("edits", "dall-e-2", new Dictionary<string, object?> { ["prompt"] = "a flamingo", ["image"] = Square, ["mask"] = Square, ["n"] = 2, ["size"] = "512x512" })),
        ["dall-e-2 variation, not square"] = new(
            new[] { "file_not_square" },
            () => new DallE2.VariationRequest(Wide) { N = 3 }.Validate(),
            () => new ImageVariationRequest(Wide) { Model = "dall-e-2", N = 3 }.Validate(),
            () => ImageContract.Validate("variations", "dall-e-2", new Dictionary<string, object?> { ["image"] = Wide, ["n"] = 3 })),
        ["gpt-image-2 JSON edit, compression with png"] = new(
            new[] { "rule:compression-format" },
            () => new GptImage2.JsonEditRequest("night", ImageReference.FromFileId("file-1")) { OutputCompression = 20, OutputFormat = GptImage2.OutputFormat.Png }.Validate(),
            () => ContractValidator.Validate(GptImage2.Contract, ImageEndpoint.JsonEdits, new Dictionary<string, object?> { ["prompt"] = "night", ["images"] = new[] { ImageReference.FromFileId("file-1") }, ["output_compression"] = 20, ["output_format"] = "png" }),
            () => ImageContract.Validate("edits", "gpt-image-2", new Dictionary<string, object?> { ["prompt"] = "night", ["images"] = new[] { ImageReference.FromFileId("file-1") }, ["output_compression"] = 20, ["output_format"] = "png" })),
        ["gpt-image-1-mini tool, transparent + jpeg"] = new(
            new[] { "rule:transparent-background-format" },
            () => new GptImage1Mini.ImageGenerationTool { Background = GptImage1Mini.Background.Transparent, OutputFormat = GptImage1Mini.OutputFormat.Jpeg }.Validate(Host),
            () => new ImageGenerationTool { Model = "gpt-image-1-mini", Background = "transparent", OutputFormat = "jpeg" }.Validate(Host),
            () => ImageContract.Validate("responses", Host, new Dictionary<string, object?> { ["type"] = "image_generation", ["model"] = "gpt-image-1-mini", ["background"] = "transparent", ["output_format"] = "jpeg" })),
        ["gpt-image-2 tool hosted by an image model"] = new(
            new[] { "host_not_supported" },
            () => new GptImage2.ImageGenerationTool { Quality = GptImage2.Quality.High }.Validate("gpt-image-1"),
            () => new ImageGenerationTool { Model = "gpt-image-2", Quality = "high" }.Validate("gpt-image-1"),
            () => ImageContract.Validate("responses", "gpt-image-1", new Dictionary<string, object?> { ["model"] = "gpt-image-2", ["quality"] = "high" })),
        ["gpt-image-1 tool, mask by file id, partial images"] = new(
            Array.Empty<string>(),
            () => new GptImage1.ImageGenerationTool { InputImageMask = ImageReference.FromFileId("file-m"), PartialImages = 3, Action = GptImage1.Action.Edit }.Validate("o3"),
            () => new ImageGenerationTool { Model = "gpt-image-1", InputImageMask = ImageReference.FromFileId("file-m"), PartialImages = 3, Action = "edit" }.Validate("o3"),
            () => ImageContract.Validate("responses", "o3", new Dictionary<string, object?> { ["model"] = "gpt-image-1", ["input_image_mask"] = ImageReference.FromFileId("file-m"), ["partial_images"] = 3, ["action"] = "edit" })),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Typed_loose_and_dictionary_validation_agree(string name)
    {
        Case @case = Cases[name];
        ValidationResult typed = @case.Typed();
        ValidationResult loose = @case.Loose();
        ValidationResult dictionary = @case.Dictionary();

        Assert.Equal(@case.ExpectedErrors, typed.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.Equal(Findings(typed), Findings(loose));
        Assert.Equal(Findings(typed), Findings(dictionary));
    }

    [Fact]
    public void Typed_wire_dictionaries_validate_the_same_through_the_catalog()
    {
        var generation = new GptImage15.GenerateRequest("a fox") { Background = GptImage15.Background.Transparent, OutputFormat = GptImage15.OutputFormat.Jpeg, N = 11 };
        var dalle3 = new DallE3.GenerateRequest("a castle") { N = 2, Style = DallE3.Style.Vivid };
        var edit = new GptImage15.EditRequest("add a hat", Square, Wide) { Mask = SmallMask, OutputCompression = 30 };
        var jsonEdit = new GptImage2.JsonEditRequest("night", ImageReference.FromFileId("file-1")) { OutputCompression = 20, Size = new GptImage2.Size(1280, 720) };
        var variation = new DallE2.VariationRequest(Wide) { N = 3 };
        var tool = new GptImage1Mini.ImageGenerationTool { Background = GptImage1Mini.Background.Transparent, OutputFormat = GptImage1Mini.OutputFormat.Jpeg, Quality = GptImage1Mini.Quality.Low };

        Assert.Equal(Findings(generation.Validate()), Findings(ImageContract.Validate("generations", generation.Model, generation.ToParameters())));
        Assert.Equal(Findings(dalle3.Validate()), Findings(ImageContract.Validate("generations", dalle3.Model, dalle3.ToParameters())));
        Assert.Equal(Findings(edit.Validate()), Findings(ImageContract.Validate("edits", edit.Model, edit.ToParameters())));
        Assert.Equal(Findings(jsonEdit.Validate()), Findings(ImageContract.Validate("edits", jsonEdit.Model, jsonEdit.ToParameters())));
        Assert.Equal(Findings(variation.Validate()), Findings(ImageContract.Validate("variations", variation.Model, variation.ToParameters())));
        var toolValues = new Dictionary<string, object?>(tool.ToParameters()) { ["model"] = tool.Model };
        Assert.Equal(Findings(tool.Validate(Host)), Findings(ImageContract.Validate("responses", Host, toolValues)));

        // Not trivially equal: each of these has errors.
        Assert.All(new[] { generation.Validate(), dalle3.Validate(), edit.Validate(), jsonEdit.Validate(), variation.Validate(), tool.Validate(Host) }, r => Assert.False(r.IsValid));
    }

    private static IEnumerable<(string Code, string? Parameter, RuleSeverity Severity)> Findings(ValidationResult result) =>
        result.All.Select(f => (f.Code, f.Parameter, f.Severity));

    // ---------------------------------------------------------------------------------------------------------
    // JSON bodies

    [Fact]
    public void Minimal_generation_writes_only_model_and_prompt() =>
        AssertJson("""{"model":"gpt-image-1","prompt":"a cat"}""", new GptImage1.GenerateRequest("a cat").WriteJson, first: "model");

    [Fact]
    public void Generation_writes_set_fields_with_wire_names_and_json_types() =>
        AssertJson(
            """
            {"model":"gpt-image-1.5","prompt":"a cat","n":2,"quality":"high","size":"1536x1024","output_format":"webp",
             "output_compression":80,"background":"opaque","moderation":"low","stream":true,"partial_images":2,"user":"user-1"}
            """,
            new GptImage15.GenerateRequest("a cat")
            {
                N = 2,
                Quality = GptImage15.Quality.High,
                Size = GptImage15.Size.W1536xH1024,
                OutputFormat = GptImage15.OutputFormat.Webp,
                OutputCompression = 80,
                Background = GptImage15.Background.Opaque,
                Moderation = GptImage15.Moderation.Low,
                Stream = true,
                PartialImages = 2,
                User = "user-1",
            }.WriteJson,
            first: "model");

    [Fact]
    public void Dalle3_generation_writes_style_hd_and_b64_json() =>
        AssertJson(
            """{"model":"dall-e-3","prompt":"a poster","n":1,"quality":"hd","size":"1024x1792","style":"natural","response_format":"b64_json"}""",
            new DallE3.GenerateRequest("a poster")
            {
                N = 1,
                Quality = DallE3.Quality.Hd,
                Size = DallE3.Size.W1024xH1792,
                Style = DallE3.Style.Natural,
                ResponseFormat = DallE3.ResponseFormat.B64Json,
            }.WriteJson,
            first: "model");

    [Fact]
    public void Free_form_gpt_image_2_size_is_written_as_widthxheight() =>
        AssertJson("""{"model":"gpt-image-2","prompt":"a skyline","size":"1536x864"}""",
            new GptImage2.GenerateRequest("a skyline") { Size = new GptImage2.Size(1536, 864) }.WriteJson, first: "model");

    [Fact]
    public void Json_edit_writes_image_references_as_objects() =>
        AssertJson(
            """
            {"model":"gpt-image-1.5","images":[{"image_url":"https://example.com/a.png"},{"file_id":"file-2"}],"prompt":"merge",
             "mask":{"file_id":"file-mask"},"input_fidelity":"high"}
            """,
            new GptImage15.JsonEditRequest("merge", ImageReference.FromUrl("https://example.com/a.png"), ImageReference.FromFileId("file-2"))
            {
                Mask = ImageReference.FromFileId("file-mask"),
                InputFidelity = GptImage15.InputFidelity.High,
            }.WriteJson,
            first: "model");

    [Fact]
    public void Json_edit_inline_image_is_a_data_url()
    {
        byte[] png = TestImages.Png(8, 8);
        AssertJson(
            $$"""{"model":"gpt-image-1","images":[{"image_url":"data:image/png;base64,{{Convert.ToBase64String(png)}}"}],"prompt":"x"}""",
            new GptImage1.JsonEditRequest("x", ImageReference.FromDataUrl(png)).WriteJson,
            first: "model");
    }

    [Fact]
    public void Tool_writes_type_then_model_then_set_fields() =>
        AssertJson(
            """
            {"type":"image_generation","model":"gpt-image-1","quality":"high","input_image_mask":{"file_id":"file-m"},
             "partial_images":2,"action":"edit"}
            """,
            new GptImage1.ImageGenerationTool
            {
                Quality = GptImage1.Quality.High,
                InputImageMask = ImageReference.FromFileId("file-m"),
                PartialImages = 2,
                Action = GptImage1.Action.Edit,
            }.WriteJson,
            first: "type");

    [Fact]
    public void Loose_and_typed_requests_write_the_same_json()
    {
        string typed = Json(new GptImage15.GenerateRequest("a cat") { Quality = GptImage15.Quality.Low, Size = GptImage15.Size.Auto, OutputCompression = 5, OutputFormat = GptImage15.OutputFormat.Jpeg }.WriteJson);
        string loose = Json(new ImageGenerationRequest("a cat") { Model = "gpt-image-1.5", Quality = "low", Size = "auto", OutputCompression = 5, OutputFormat = "jpeg" }.WriteJson);
        Assert.Equal(typed, loose);

        string typedTool = Json(new GptImage2.ImageGenerationTool { Size = new GptImage2.Size(2048, 1152), Moderation = GptImage2.Moderation.Low }.WriteJson);
        string looseTool = Json(new ImageGenerationTool { Model = "gpt-image-2", Size = "2048x1152", Moderation = "low" }.WriteJson);
        Assert.Equal(typedTool, looseTool);
    }

    [Fact]
    public void Loose_request_without_a_model_leaves_model_out() =>
        AssertJson("""{"prompt":"a cat","size":"256x256"}""", new ImageGenerationRequest("a cat") { Size = "256x256" }.WriteJson, first: "prompt");

    // ---------------------------------------------------------------------------------------------------------
    // Multipart parts

    [Fact]
    public void Edit_with_one_image_sends_an_image_field()
    {
        ImageFile image = TestImages.PngFile(64, 64);
        var parts = Parts(new GptImage15.EditRequest("add a hat", image).WriteMultipart);

        Assert.Equal(new[] { "model", "image", "prompt" }, parts.Select(p => p.Name));
        Assert.Equal("gpt-image-1.5", parts[0].Value);
        Assert.Same(image, parts[1].File);
        Assert.Equal("image.png", parts[1].FileName);
        Assert.Equal("add a hat", parts[2].Value);
    }

    [Fact]
    public void Edit_with_several_images_sends_repeated_image_array_fields_in_order()
    {
        ImageFile first = TestImages.PngFile(64, 64, fileName: "body-lotion.png");
        ImageFile second = ImageFile.FromBytes(TestImages.Jpeg(64, 64));
        ImageFile third = TestImages.PngFile(32, 32);
        var parts = Parts(new GptImage1.EditRequest("a gift basket", first, second, third).WriteMultipart);

        MultipartPart[] images = parts.Where(p => p.IsFile).ToArray();
        Assert.Equal(new[] { "image[]", "image[]", "image[]" }, images.Select(p => p.Name));
        Assert.Equal(new[] { first, second, third }, images.Select(p => p.File));
        Assert.Equal(new[] { "body-lotion.png", "image.jpg", "image.png" }, images.Select(p => p.FileName));
        Assert.DoesNotContain(parts, p => p.Name == "image");
    }

    [Fact]
    public void Edit_sends_the_mask_and_text_fields_as_strings()
    {
        ImageFile image = TestImages.PngFile(64, 64);
        ImageFile mask = TestImages.PngFile(64, 64);
        var request = new GptImage15.EditRequest("a flamingo", image)
        {
            Mask = mask,
            N = 2,
            Size = GptImage15.Size.W1024xH1536,
            Quality = GptImage15.Quality.High,
            OutputFormat = GptImage15.OutputFormat.Webp,
            OutputCompression = 50,
            InputFidelity = GptImage15.InputFidelity.High,
            Stream = true,
            PartialImages = 1,
        };

        var parts = Parts(request.WriteMultipart);
        var text = parts.Where(p => !p.IsFile).ToDictionary(p => p.Name, p => p.Value);

        Assert.Same(mask, Assert.Single(parts, p => p.Name == "mask").File);
        Assert.Equal("2", text["n"]);
        Assert.Equal("1024x1536", text["size"]);
        Assert.Equal("high", text["quality"]);
        Assert.Equal("webp", text["output_format"]);
        Assert.Equal("50", text["output_compression"]);
        Assert.Equal("high", text["input_fidelity"]);
        Assert.Equal("true", text["stream"]);
        Assert.Equal("1", text["partial_images"]);
        Assert.Equal(new[] { "model", "prompt", "n", "quality", "size", "output_format", "output_compression", "input_fidelity", "stream", "partial_images" }.Order(StringComparer.Ordinal), text.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dalle2_edit_and_variation_send_a_single_image_field()
    {
        ImageFile image = TestImages.PngFile(256, 256);
        var edit = Parts(new DallE2.EditRequest("a flamingo", image) { Mask = image, ResponseFormat = DallE2.ResponseFormat.B64Json }.WriteMultipart);
        var variation = Parts(new DallE2.VariationRequest(image) { N = 4, Size = DallE2.Size.W256xH256 }.WriteMultipart);

        Assert.Equal(new[] { "image", "mask" }, edit.Where(p => p.IsFile).Select(p => p.Name));
        Assert.Equal("b64_json", Assert.Single(edit, p => p.Name == "response_format").Value);
        Assert.Equal(new[] { "model", "image", "n", "size" }, variation.Select(p => p.Name));
        Assert.Equal(new[] { "dall-e-2", null, "4", "256x256" }, variation.Select(p => p.Value));
    }

    [Fact]
    public void Loose_edit_sends_the_same_parts_as_the_typed_edit_and_no_model_when_none_is_set()
    {
        ImageFile a = TestImages.PngFile(64, 64);
        ImageFile b = TestImages.PngFile(64, 64, alpha: false);
        var typed = Parts(new GptImage15.EditRequest("x", a, b) { N = 3, Background = GptImage15.Background.Opaque }.WriteMultipart);
        var loose = Parts(new ImageEditRequest("x", a, b) { Model = "gpt-image-1.5", N = 3, Background = "opaque" }.WriteMultipart);
        var defaulted = Parts(new ImageEditRequest("x", a) { N = 3 }.WriteMultipart);

        Assert.Equal(typed.Select(p => (p.Name, p.Value, p.File)), loose.Select(p => (p.Name, p.Value, p.File)));
        Assert.Equal(new[] { "image", "prompt", "n" }, defaulted.Select(p => p.Name));
    }

    [Fact]
    public void Multipart_content_has_form_data_names_file_names_and_content_types()
    {
        var writer = new MultipartWriter();
        new GptImage15.EditRequest("x", TestImages.PngFile(64, 64), ImageFile.FromBytes(TestImages.Jpeg(64, 64))).WriteMultipart(writer);
        using MultipartFormDataContent content = writer.ToContent();

        var headers = content.Select(c => (c.Headers.ContentDisposition!.ToString(), c.Headers.ContentType?.MediaType)).ToArray();
        Assert.Equal(
            new (string, string?)[]
            {
                ("form-data; name=\"model\"", null),
                ("form-data; name=\"image[]\"; filename=\"image.png\"", "image/png"),
                ("form-data; name=\"image[]\"; filename=\"image.jpg\"", "image/jpeg"),
                ("form-data; name=\"prompt\"", null),
            },
            headers);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The written JSON has exactly the expected properties and values (property order is not part of the
    /// wire contract, except that <paramref name="first"/> leads) and no duplicates.</summary>
    private static void AssertJson(string expected, Action<Utf8JsonWriter> write, string first)
    {
        string written = Json(write);
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(written);
        JsonElement actual = actualDocument.RootElement;

        string[] names = actual.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(first, names[0]);
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            expectedDocument.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            names.Order(StringComparer.Ordinal));
        Assert.True(JsonElement.DeepEquals(expectedDocument.RootElement, actual), written);
    }

    private static IReadOnlyList<MultipartPart> Parts(Action<MultipartWriter> write)
    {
        var writer = new MultipartWriter();
        write(writer);
        return writer.Parts;
    }
}
