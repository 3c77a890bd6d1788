// These tests build invalid, preview and retired-model requests on purpose, with constant values, to check the
// run-time validator; the ImageContracts analyzer would report the same problems at compile time.
#pragma warning disable IMG0001, IMG0002, IMG0003, IMG0004, IMG0005, IMG0006, IMG0007, IMG0008, IMG0009, IMG0010, IMG0011, IMG0012

using System.Text.Json;
using ImageContracts.Contract.Tests.Support;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// The parameter tables and code examples of the seed documents (shared/seeds/000_*.txt, "OpenAI Image Generation
/// API Reference", 2025-05-24; shared/seeds/003_*.txt, the DALL·E 3 view of the image-generation guide) expressed
/// as requests. Rows the seeds get right are asserted as the seeds say; where a seed is wrong, the test asserts the
/// API reference's behaviour and its name carries the discrepancy id of the spec's <c>discrepancies:</c> list.
/// </summary>
public class SeedTableTests
{
    private const string Prompt = "a white siamese cat";

    // ---------------------------------------------------------------------------------------------------------
    // Seed 000, "DALL-E 3 Specific Parameters"

    [Theory]
    [InlineData("size", "1024x1024")]
    [InlineData("size", "1024x1792")]
    [InlineData("size", "1792x1024")]
    [InlineData("quality", "standard")]
    [InlineData("quality", "hd")]
    [InlineData("response_format", "url")]
    [InlineData("response_format", "b64_json")]
    public void Seed000_dalle3_table_row_is_accepted(string parameter, string value) =>
        AssertAccepted("generations", "dall-e-3", parameter, value);

    [Fact]
    public void Seed000_dalle3_size_auto_is_rejected__dalle3_size_auto()
    {
        ValidationFinding error = AssertRejected("generations", "dall-e-3", "size", "auto", ValidationCodes.ValueNotAllowed);
        Assert.Contains("1024x1024, 1792x1024, 1024x1792", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed000_dalle3_style_exists_and_is_dalle3_only__dalle3_style()
    {
        // The seed says "style: Not supported ... Unlike GPT-Image-1, no style parameter": backwards.
        Assert.True(new DallE3.GenerateRequest(Prompt) { Style = DallE3.Style.Vivid }.Validate().IsValid);
        Assert.True(new DallE3.GenerateRequest(Prompt) { Style = DallE3.Style.Natural }.Validate().IsValid);
        Assert.Equal("vivid", DallE3.GenerationsContract.FindParameter("style")!.Default);
        AssertRejected("generations", "dall-e-3", "style", "cartoon", ValidationCodes.ValueNotAllowed);
        AssertRejected("generations", "gpt-image-1", "style", "vivid", ValidationCodes.ParameterRejected);
        AssertRejected("generations", "gpt-image-1.5", "style", "natural", ValidationCodes.ParameterRejected);
        AssertRejected("generations", "dall-e-2", "style", "vivid", ValidationCodes.ParameterRejected);
    }

    [Fact]
    public void Seed000_dalle3_defaults_are_1024x1024_standard_url()
    {
        EndpointContract contract = DallE3.GenerationsContract;
        Assert.Equal("1024x1024", contract.FindParameter("size")!.Default);
        Assert.Equal("standard", contract.FindParameter("quality")!.Default);
        Assert.Equal("url", contract.FindParameter("response_format")!.Default);

        // Behaviour: a bare request is priced as standard 1024x1024 (GUIDE-COSTS: $0.04).
        CostEstimate cost = new DallE3.GenerateRequest(Prompt).EstimateCost();
        Assert.True(cost.IsExact, cost.ToString());
        Assert.Equal(0.04m, cost.MaxUsd);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Seed 000, "DALL-E 2 Specific Parameters" and "DALL-E 2 File Requirements"

    [Theory]
    [InlineData("size", "256x256")]
    [InlineData("size", "512x512")]
    [InlineData("size", "1024x1024")]
    [InlineData("quality", "standard")] // dalle2-quality: the seed's prose says "no quality parameter"; its table is right
    [InlineData("n", 1)]
    [InlineData("n", 4)]
    [InlineData("n", 10)]
    [InlineData("response_format", "url")]
    [InlineData("response_format", "b64_json")]
    public void Seed000_dalle2_table_row_is_accepted(string parameter, object value) =>
        AssertAccepted("generations", "dall-e-2", parameter, value);

    [Theory]
    [InlineData("size", "1792x1024", ValidationCodes.ValueNotAllowed)] // "Square formats only"
    [InlineData("size", "1024x1536", ValidationCodes.ValueNotAllowed)]
    [InlineData("size", "auto", ValidationCodes.ValueNotAllowed)]
    [InlineData("quality", "hd", ValidationCodes.ValueNotAllowed)]      // "Fixed quality level"
    [InlineData("n", 0, ValidationCodes.OutOfRange)]                    // "1-10"
    [InlineData("n", 11, ValidationCodes.OutOfRange)]
    public void Seed000_dalle2_values_outside_the_table_are_rejected(string parameter, object value, string code) =>
        AssertRejected("generations", "dall-e-2", parameter, value, code);

    [Fact]
    public void Seed000_dalle2_quality_parameter_exists_with_standard_only__dalle2_quality()
    {
        Assert.Equal(new[] { "Standard" }, Enum.GetNames<DallE2.Quality>());
        Assert.True(new DallE2.GenerateRequest(Prompt) { Quality = DallE2.Quality.Standard }.Validate().IsValid);
        AssertRejected("generations", "dall-e-2", "quality", "auto", ValidationCodes.ValueNotAllowed);
    }

    [Fact]
    public void Seed000_dalle2_default_size_is_1024x1024()
    {
        Assert.Equal("1024x1024", DallE2.GenerationsContract.FindParameter("size")!.Default);
        Assert.Equal(0.02m, new DallE2.GenerateRequest(Prompt).EstimateCost().MaxUsd);
    }

    [Fact]
    public void Seed000_dalle2_edit_and_variation_files_are_square_pngs_under_4mb_and_masks_have_alpha()
    {
        ImageFile square = TestImages.PngFile(512, 512, alpha: false);
        Assert.True(new DallE2.EditRequest(Prompt, square) { Mask = TestImages.PngFile(512, 512) }.Validate().IsValid);
        Assert.True(new DallE2.VariationRequest(square).Validate().IsValid);

        Assert.True(new DallE2.VariationRequest(TestImages.PngFile(512, 256)).Validate().Has(ValidationCodes.FileNotSquare));
        Assert.True(new DallE2.VariationRequest(ImageFile.FromBytes(TestImages.Jpeg(512, 512))).Validate().Has(ValidationCodes.FileFormat));
        Assert.True(new DallE2.VariationRequest(TestImages.PngFile(512, 512, totalBytes: 4L * 1024 * 1024)).Validate().Has(ValidationCodes.FileTooLarge));
        Assert.True(new DallE2.VariationRequest(TestImages.PngFile(512, 512, totalBytes: (4L * 1024 * 1024) - 1)).Validate().IsValid);
        Assert.True(new DallE2.EditRequest(Prompt, square) { Mask = TestImages.PngFile(512, 512, alpha: false) }.Validate().Has(ValidationCodes.MaskNoAlpha));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Seed 000, "Parameters Reference": GPT-Image-1 sizes, qualities, formats, compression, background, moderation

    [Theory]
    [InlineData("size", "1024x1024")]
    [InlineData("size", "1536x1024")]
    [InlineData("size", "1024x1536")]
    [InlineData("size", "auto")]
    [InlineData("quality", "low")]
    [InlineData("quality", "medium")]
    [InlineData("quality", "high")]
    [InlineData("quality", "auto")]
    [InlineData("output_format", "png")]
    [InlineData("output_format", "jpeg")]
    [InlineData("output_format", "webp")]
    [InlineData("background", "transparent")]
    [InlineData("background", "auto")]
    [InlineData("moderation", "auto")]
    [InlineData("moderation", "low")]
    public void Seed000_gpt_image_1_option_is_accepted(string parameter, string value) =>
        AssertAccepted("generations", "gpt-image-1", parameter, value);

    [Theory]
    [InlineData("size", "1792x1024")]
    [InlineData("size", "512x512")]
    [InlineData("quality", "standard")] // ISS-griptape1031: 400 invalid_value
    [InlineData("quality", "hd")]
    [InlineData("output_format", "gif")]
    [InlineData("moderation", "high")]
    public void Seed000_gpt_image_1_values_outside_the_lists_are_rejected(string parameter, string value) =>
        AssertRejected("generations", "gpt-image-1", parameter, value, ValidationCodes.ValueNotAllowed);

    [Fact]
    public void Seed000_gpt_image_1_default_size_is_auto__gpt_image_default_size()
    {
        // The seed marks 1024x1024 "Default"; the API reference's generations default is auto.
        Assert.Equal("auto", GptImage1.GenerationsContract.FindParameter("size")!.Default);
        CostEstimate generation = new GptImage1.GenerateRequest(Prompt) { Quality = GptImage1.Quality.High }.EstimateCost(promptTokens: 0);
        Assert.False(generation.IsExact);
        Assert.Equal(6240, generation.OutputImageTokens); // the largest high-quality size is possible

        // For multipart edits the schema default is 1024x1024.
        Assert.Equal("1024x1024", GptImage1.EditsContract.FindParameter("size")!.Default);
        CostEstimate edit = new GptImage1.EditRequest(Prompt, TestImages.PngFile(64, 64)) { Quality = GptImage1.Quality.High }.EstimateCost(promptTokens: 0);
        Assert.Equal(4160, edit.OutputImageTokens);
    }

    [Fact]
    public void Seed000_gpt_image_1_default_quality_is_auto() =>
        Assert.Equal("auto", GptImage1.GenerationsContract.FindParameter("quality")!.Default);

    [Theory]
    [InlineData("jpeg", 0, null)]
    [InlineData("jpeg", 50, null)] // "output_compression=50 for 50% compression"
    [InlineData("webp", 100, null)]
    [InlineData("jpeg", 101, ValidationCodes.OutOfRange)]
    [InlineData("webp", -1, ValidationCodes.OutOfRange)]
    [InlineData("png", 50, "rule:compression-format")] // "JPEG/WebP only"
    public void Seed000_compression_is_0_to_100_for_jpeg_and_webp_only(string format, int compression, string? code)
    {
        ValidationResult result = ImageContract.Validate("generations", "gpt-image-1", Values(("output_format", format), ("output_compression", compression)));
        AssertOutcome(result, code, code is null ? null : code.StartsWith("rule:", StringComparison.Ordinal) ? "output_format" : "output_compression");
    }

    [Theory]
    [InlineData("png", null, null)]
    [InlineData("webp", null, null)]
    [InlineData("jpeg", null, "rule:transparent-background-format")] // "Only with PNG/WebP"
    [InlineData("png", "high", null)]
    [InlineData("png", "medium", null)]
    public void Seed000_transparent_background_needs_png_or_webp(string format, string? quality, string? code)
    {
        var values = Values(("background", "transparent"), ("output_format", format));
        if (quality is not null)
        {
            values["quality"] = quality;
        }

        AssertOutcome(ImageContract.Validate("generations", "gpt-image-1", values), code, "output_format");
    }

    [Fact]
    public void Seed000_transparent_background_works_best_with_medium_or_high_quality()
    {
        ValidationResult result = ImageContract.Validate("generations", "gpt-image-1", Values(("background", "transparent"), ("quality", "low")));
        Assert.True(result.IsValid, result.ToString());
        Assert.Contains(result.Warnings, w => w.Code == "rule:transparent-quality");
    }

    [Fact]
    public void Seed000_background_opaque_also_exists__background_opaque()
    {
        AssertAccepted("generations", "gpt-image-1", "background", "opaque");
        Assert.True(new GptImage15.GenerateRequest(Prompt) { Background = GptImage15.Background.Opaque }.Validate().IsValid);
        Assert.Equal(new[] { "Auto", "Opaque", "Transparent" }, Enum.GetNames<GptImage1.Background>());
    }

    [Fact]
    public void Seed000_transparent_example_format_parameter_does_not_exist__transparent_format_parameter()
    {
        // The seed passes format="png"; the parameter is output_format.
        ValidationResult result = ImageContract.Validate("generations", "gpt-image-1", Values(("background", "transparent"), ("quality", "high"), ("format", "png")));
        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.UnknownParameter, error.Code);
        Assert.Equal("format", error.Parameter);
        Assert.Contains("output_format", error.Message, StringComparison.Ordinal);

        AssertAccepted("generations", "gpt-image-1", "output_format", "png");
    }

    [Theory]
    [InlineData("generations", "gpt-image-1", "low")]
    [InlineData("responses", "gpt-image-1", "low")]
    [InlineData("edits", "gpt-image-1.5", "auto")] // the JSON form (images given as references)
    public void Seed000_moderation_levels_where_the_api_has_them(string endpoint, string model, string level)
    {
        var values = Values(("moderation", level));
        if (endpoint == "edits")
        {
            values["images"] = new[] { ImageReference.FromFileId("file-1") };
        }

        if (endpoint == "responses")
        {
            values.Remove("prompt");
            values["model"] = model;
        }

        ValidationResult result = ImageContract.Validate(endpoint, endpoint == "responses" ? "gpt-4.1" : model, values);
        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void Seed000_moderation_is_not_a_multipart_edit_field__moderation_edits()
    {
        var values = Values(("moderation", "low"));
        values["image"] = TestImages.Png(64, 64);
        ValidationResult result = ImageContract.Validate("edits", "gpt-image-1.5", values);

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.ParameterRejected, error.Code);
        Assert.Equal("moderation", error.Parameter);
        AssertRejected("generations", "dall-e-3", "moderation", "low", ValidationCodes.ParameterRejected); // "GPT-Image-1 only"
    }

    [Theory]
    [InlineData("gpt-image-1")]
    [InlineData("gpt-image-1-mini")]
    [InlineData("gpt-image-1.5")]
    [InlineData("gpt-image-2")]
    [InlineData("chatgpt-image-latest")]
    public void Seed000_response_format_is_rejected_by_gpt_image_models__response_format_rejected(string model)
    {
        ValidationFinding error = AssertRejected("generations", model, "response_format", "b64_json", ValidationCodes.ParameterRejected);
        Assert.Contains("base64", error.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Seed 000, streaming, input files, masks, prompt limits, tool and host models

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Seed000_partial_images_0_to_3__partial_images_range(int partials)
    {
        // The seed says 1-3; the API reference allows 0 (only the final image).
        var values = Values(("partial_images", partials), ("stream", true));
        Assert.True(ImageContract.Validate("generations", "gpt-image-1.5", values).IsValid);
        Assert.True(new GptImage15.ImageGenerationTool { PartialImages = partials }.Validate("gpt-4.1").IsValid);
    }

    [Fact]
    public void Seed000_partial_images_above_3_are_rejected() =>
        Assert.Equal(ValidationCodes.OutOfRange, Assert.Single(new GptImage15.ImageGenerationTool { PartialImages = 4 }.Validate("gpt-4.1").Errors).Code);

    [Fact]
    public void Seed000_streaming_is_also_an_image_api_feature__image_api_streaming()
    {
        Assert.True(new GptImage15.GenerateRequest(Prompt) { Stream = true, PartialImages = 2 }.Validate().IsValid);
        Assert.True(new GptImage15.EditRequest(Prompt, TestImages.PngFile(64, 64)) { Stream = true, PartialImages = 1 }.Validate().IsValid);
        AssertRejected("generations", "dall-e-3", "stream", true, ValidationCodes.ParameterRejected);
        // On the tool, streaming belongs to the Responses call.
        var tool = Values(("stream", true));
        tool.Remove("prompt");
        tool["model"] = "gpt-image-1.5";
        Assert.Equal(ValidationCodes.ParameterRejected, Assert.Single(ImageContract.Validate("responses", "gpt-4.1", tool).Errors).Code);
    }

    [Fact]
    public void Seed000_input_files_are_png_jpeg_webp_up_to_16_under_50mb__gpt_image_input_files()
    {
        ImageFile png = TestImages.PngFile(64, 64);
        Assert.True(new GptImage15.EditRequest(Prompt, png, ImageFile.FromBytes(TestImages.Jpeg(64, 64))).Validate().IsValid);

        // No GIF (the seed lists GIF).
        ValidationFinding gif = Assert.Single(new GptImage15.EditRequest(Prompt, ImageFile.FromBytes(TestImages.Gif(64, 64))).Validate().Errors);
        Assert.Equal(ValidationCodes.FileFormat, gif.Code);

        // At most 16 images.
        Assert.True(new GptImage15.EditRequest(Prompt, Enumerable.Repeat(png, 16).ToArray()).Validate().IsValid);
        Assert.Equal(ValidationCodes.TooManyFiles, Assert.Single(new GptImage15.EditRequest(Prompt, Enumerable.Repeat(png, 17).ToArray()).Validate().Errors).Code);

        // Over the seed's 25MB but under 50MB: accepted since 2025-06-02.
        Assert.True(new GptImage15.EditRequest(Prompt, TestImages.PngFile(64, 64, totalBytes: 30L * 1024 * 1024)).Validate().IsValid);
    }

    [Fact]
    public void Seed000_mask_is_a_png_under_4mb_with_the_image_dimensions__mask_constraints()
    {
        ImageFile image = TestImages.PngFile(64, 64);
        Assert.True(new GptImage15.EditRequest(Prompt, image) { Mask = TestImages.PngFile(64, 64) }.Validate().IsValid);

        // The seed allows 25MB; the API reference says under 4MB.
        ValidationFinding tooLarge = Assert.Single(new GptImage15.EditRequest(Prompt, image) { Mask = TestImages.PngFile(64, 64, totalBytes: 5L * 1024 * 1024) }.Validate().Errors);
        Assert.Equal((ValidationCodes.FileTooLarge, "mask"), (tooLarge.Code, tooLarge.Parameter));

        // "Same format as the base image" is not enough: a JPEG mask for a JPEG image is refused.
        ImageFile jpeg = ImageFile.FromBytes(TestImages.Jpeg(64, 64));
        Assert.Contains(new GptImage15.EditRequest(Prompt, jpeg) { Mask = jpeg }.Validate().Errors, e => e.Code == ValidationCodes.FileFormat && e.Parameter == "mask");

        // "Must contain alpha channel" (the seed is right).
        Assert.True(new GptImage15.EditRequest(Prompt, image) { Mask = TestImages.PngFile(64, 64, alpha: false) }.Validate().Has(ValidationCodes.MaskNoAlpha));
    }

    [Theory]
    [InlineData("gpt-image-1", 32000)]
    [InlineData("gpt-image-1.5", 32000)]
    [InlineData("dall-e-3", 4000)]
    [InlineData("dall-e-2", 1000)]
    public void Seed000_prompt_limits__prompt_limits(string model, int limit)
    {
        var atLimit = new Dictionary<string, object?> { ["prompt"] = new string('a', limit) };
        var overLimit = new Dictionary<string, object?> { ["prompt"] = new string('a', limit + 1) };

        Assert.True(ImageContract.Validate("generations", model, atLimit).IsValid);
        ValidationFinding error = Assert.Single(ImageContract.Validate("generations", model, overLimit).Errors);
        Assert.Equal((ValidationCodes.TooLong, "prompt"), (error.Code, error.Parameter));
    }

    [Fact]
    public void Seed000_the_tool_serves_every_gpt_image_model__tool_models()
    {
        // The seed says "gpt-image-1 only" (true in May 2025).
        Assert.Equal(
            ImageContract.Models.Where(m => m.Family == "gpt-image").Select(m => m.Id),
            ImageContract.Models.Where(m => m.FindEndpoint(ImageEndpoint.Responses) is not null).Select(m => m.Id));
        AssertValid(new GptImage1.ImageGenerationTool().Validate("gpt-4.1"));
        AssertValid(new GptImage1Mini.ImageGenerationTool().Validate("gpt-4.1"));
        AssertValid(new GptImage15.ImageGenerationTool().Validate("gpt-4.1"));
        AssertValid(new GptImage2.ImageGenerationTool().Validate("gpt-4.1"));
        AssertValid(new ChatGptImageLatest.ImageGenerationTool().Validate("gpt-4.1"));
    }

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("gpt-4o-mini")]
    [InlineData("gpt-4.1")]
    [InlineData("gpt-4.1-mini")]
    [InlineData("gpt-4.1-nano")]
    [InlineData("o3")]
    public void Seed000_listed_host_models_host_the_tool(string host) =>
        AssertHost(new GptImage2.ImageGenerationTool().Validate(host), host); // gpt-image-2: no shutdown date; the host's own lifecycle may warn

    [Theory]
    [InlineData("gpt-5")]
    [InlineData("gpt-5-nano")]
    [InlineData("gpt-5.2")]
    [InlineData("gpt-5.4-mini")]
    public void Seed000_later_host_models_also_host_the_tool__host_models(string host) =>
        AssertHost(new GptImage2.ImageGenerationTool().Validate(host), host);

    /// <summary>A documented host: valid, no host finding, and only the host's own lifecycle (the seed's hosts shut down from 2026-10-23 on) may warn.</summary>
    private static void AssertHost(ValidationResult result, string host)
    {
        Assert.True(result.IsValid, result.ToString());
        Assert.All(result.All, f => Assert.Contains(f.Code, new[] { ValidationCodes.ModelDeprecated, ValidationCodes.ModelRetired }));
        Assert.All(result.All, f => Assert.Contains("host model " + host, f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Seed000_dalle3_has_no_edits_or_variations_and_variations_are_dalle2_only__dalle2_examples()
    {
        var edit = new Dictionary<string, object?> { ["prompt"] = Prompt, ["image"] = TestImages.Png(64, 64) };
        Assert.Equal(ValidationCodes.EndpointNotSupported, Assert.Single(ImageContract.Validate("edits", "dall-e-3", edit).Errors).Code);
        var variation = new Dictionary<string, object?> { ["image"] = TestImages.Png(64, 64) };
        Assert.Equal(ValidationCodes.EndpointNotSupported, Assert.Single(ImageContract.Validate("variations", "dall-e-3", variation).Errors).Code);
        Assert.Equal(ValidationCodes.EndpointNotSupported, Assert.Single(ImageContract.Validate("variations", "gpt-image-1", variation).Errors).Code);
        AssertValid(ImageContract.Validate("variations", "dall-e-2", variation));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Seed 003, DALL·E 3 "Size and quality options" and "Output format"

    [Theory]
    [InlineData("size", "1024x1024")]
    [InlineData("size", "1024x1792")]
    [InlineData("size", "1792x1024")]
    [InlineData("quality", "standard")]
    [InlineData("quality", "hd")]
    [InlineData("response_format", "url")]
    [InlineData("response_format", "b64_json")]
    public void Seed003_dalle3_option_is_accepted(string parameter, string value) =>
        AssertAccepted("generations", "dall-e-3", parameter, value);

    [Fact]
    public void Seed003_dalle3_auto_is_not_a_size_and_the_default_is_1024x1024__dalle3_default_size()
    {
        AssertRejected("generations", "dall-e-3", "size", "auto", ValidationCodes.ValueNotAllowed);
        Assert.Equal("1024x1024", DallE3.GenerationsContract.FindParameter("size")!.Default);
        Assert.Equal(new[] { "W1024xH1024", "W1792xH1024", "W1024xH1792" }, Enum.GetNames<DallE3.Size>());
    }

    [Fact]
    public void Seed003_dalle3_n_must_be_1_and_style_exists__seed003_dalle3_style_n()
    {
        Assert.True(new DallE3.GenerateRequest(Prompt) { N = 1, Style = DallE3.Style.Natural }.Validate().IsValid);
        ValidationFinding error = Assert.Single(new DallE3.GenerateRequest(Prompt) { N = 2 }.Validate().Errors);
        Assert.Equal((ValidationCodes.OutOfRange, "n"), (error.Code, error.Parameter));
    }

    [Fact]
    public void Seed003_gpt_image_is_available_in_the_responses_api__seed003_responses_support() =>
        AssertValid(new GptImage1.ImageGenerationTool { Quality = GptImage1.Quality.High }.Validate("gpt-4.1"));

    // ---------------------------------------------------------------------------------------------------------
    // Every code example of the seeds, as a typed request

    private static readonly Dictionary<string, Func<ValidationResult>> Examples = new()
    {
        ["000 Basic Generation: otter, 1024x1024, high, transparent"] = () => new GptImage1.GenerateRequest(
            "A children's book drawing of a veterinarian using a stethoscope to listen to the heartbeat of a baby otter.")
        {
            Size = GptImage1.Size.W1024xH1024,
            Quality = GptImage1.Quality.High,
            Background = GptImage1.Background.Transparent,
        }.Validate(),
        ["000 Multi-turn Generation: image_generation tool on gpt-4.1-mini"] = () => new GptImage1.ImageGenerationTool().Validate("gpt-4.1-mini"),
        ["000 Multi-turn Generation: the tool object without a model"] = () => new ImageGenerationTool().Validate("gpt-4.1-mini"),
        ["000 Streaming Generation: partial_images 2 on gpt-4.1"] = () => new GptImage1.ImageGenerationTool { PartialImages = 2 }.Validate("gpt-4.1"),
        ["000 DALL-E 3: white siamese cat, 1024x1024, standard, url"] = () => new DallE3.GenerateRequest(Prompt)
        {
            Size = DallE3.Size.W1024xH1024,
            Quality = DallE3.Quality.Standard,
            ResponseFormat = DallE3.ResponseFormat.Url,
        }.Validate(),
        ["000 DALL-E 3: futuristic cityscape, 1792x1024, hd, b64_json"] = () => new DallE3.GenerateRequest("a futuristic cityscape at sunset")
        {
            Size = DallE3.Size.W1792xH1024,
            Quality = DallE3.Quality.Hd,
            ResponseFormat = DallE3.ResponseFormat.B64Json,
        }.Validate(),
        ["000 DALL-E 3 prompting tips: AS-IS prompt, 1024x1024"] = () => new DallE3.GenerateRequest(
            "I NEED to test how the tool works with extremely simple prompts. \nDO NOT add any detail, just use it AS-IS: a red apple on a white table")
        {
            Size = DallE3.Size.W1024xH1024,
        }.Validate(),
        ["000 DALL-E 2: white siamese cat, 1024x1024, standard, n=1"] = () => new DallE2.GenerateRequest(Prompt)
        {
            Size = DallE2.Size.W1024xH1024,
            Quality = DallE2.Quality.Standard,
            N = 1,
        }.Validate(),
        ["000 DALL-E 2: futuristic robot, 512x512, n=4, url"] = () => new DallE2.GenerateRequest("a futuristic robot in a garden")
        {
            Size = DallE2.Size.W512xH512,
            N = 4,
            ResponseFormat = DallE2.ResponseFormat.Url,
        }.Validate(),
        ["000 DALL-E 2 inpainting: sunlit lounge with mask, n=1, 1024x1024"] = () => new DallE2.EditRequest(
            "A sunlit indoor lounge area with a pool containing a flamingo", TestImages.PngFile(1024, 1024, alpha: false, fileName: "sunlit_lounge.png"))
        {
            Mask = TestImages.PngFile(1024, 1024, alpha: true, fileName: "mask.png"),
            N = 1,
            Size = DallE2.Size.W1024xH1024,
        }.Validate(),
        ["000 DALL-E 2 variations: corgi, n=3, 1024x1024"] = () => new DallE2.VariationRequest(TestImages.PngFile(1024, 1024, fileName: "corgi_and_cat_paw.png"))
        {
            N = 3,
            Size = DallE2.Size.W1024xH1024,
        }.Validate(),
        ["000 Using reference images: image_generation tool on gpt-4.1"] = () => new GptImage1.ImageGenerationTool().Validate("gpt-4.1"),
        ["000 Inpainting with masks: quality high, input_image_mask file_id, on gpt-4o"] = () => new GptImage1.ImageGenerationTool
        {
            Quality = GptImage1.Quality.High,
            InputImageMask = ImageReference.FromFileId("file-mask123"),
        }.Validate("gpt-4o"),
        ["000 Use case 1: logo, 1024x1024, transparent"] = () => new GptImage1.GenerateRequest("Modern minimalist logo for a tech startup")
        {
            Size = GptImage1.Size.W1024xH1024,
            Background = GptImage1.Background.Transparent,
        }.Validate(),
        ["000 Use case 2: product photo, 1536x1024, high"] = () => new GptImage1.GenerateRequest(
            "Professional product photo of wireless headphones on marble surface with soft lighting")
        {
            Size = GptImage1.Size.W1536xH1024,
            Quality = GptImage1.Quality.High,
        }.Validate(),
        ["000 Use case 4: image-to-image, tool on gpt-4.1"] = () => new GptImage1.ImageGenerationTool().Validate("gpt-4.1"),
        ["000 Use case 5: batch processing, n=1"] = () => new GptImage1.GenerateRequest("a prompt variation") { N = 1 }.Validate(),
        ["000 Use case 6: castle, 1792x1024, hd"] = () => new DallE3.GenerateRequest("An oil painting of a medieval castle on a hilltop at golden hour")
        {
            Size = DallE3.Size.W1792xH1024,
            Quality = DallE3.Quality.Hd,
        }.Validate(),
        ["000 Use case 6: poster, 1024x1792, hd"] = () => new DallE3.GenerateRequest(
            "I NEED to test how the tool works with extremely simple prompts. \nDO NOT add any detail, just use it AS-IS: minimalist poster design with blue circle")
        {
            Size = DallE3.Size.W1024xH1792,
            Quality = DallE3.Quality.Hd,
        }.Validate(),
        ["000 Use case 6: watercolor, 1024x1024, standard"] = () => new DallE3.GenerateRequest("A watercolor painting of cherry blossoms in springtime")
        {
            Size = DallE3.Size.W1024xH1024,
            Quality = DallE3.Quality.Standard,
        }.Validate(),
        ["000 Use case 7: cost-effective batch, 512x512, n=3"] = () => new DallE2.GenerateRequest("a red sports car")
        {
            Size = DallE2.Size.W512xH512,
            N = 3,
        }.Validate(),
        ["000 Use case 7: room edit with mask, 1024x1024, n=2"] = () => new DallE2.EditRequest(
            "A cozy living room with a fireplace and warm lighting", TestImages.PngFile(1024, 1024, alpha: false, fileName: "room.png"))
        {
            Mask = TestImages.PngFile(1024, 1024, alpha: true, fileName: "room_mask.png"),
            Size = DallE2.Size.W1024xH1024,
            N = 2,
        }.Validate(),
        ["000 Use case 7: variations of the best image, n=4, 1024x1024"] = () => new DallE2.VariationRequest(TestImages.PngFile(1024, 1024, fileName: "best_result.png"))
        {
            N = 4,
            Size = DallE2.Size.W1024xH1024,
        }.Validate(),
        ["000 Use case 7: thumbnails, 256x256, n=5"] = () => new DallE2.GenerateRequest("product icon for mobile app")
        {
            Size = DallE2.Size.W256xH256,
            N = 5,
        }.Validate(),
        ["000 Error handling: gpt-image-1, 1024x1024"] = () => new GptImage1.GenerateRequest("a prompt") { Size = GptImage1.Size.W1024xH1024 }.Validate(),
        ["000 Transparent backgrounds: sprite, high, output_format png (the seed writes format)"] = () => new GptImage1.GenerateRequest("2D pixel art sprite of a tabby cat")
        {
            Background = GptImage1.Background.Transparent,
            Quality = GptImage1.Quality.High,
            OutputFormat = GptImage1.OutputFormat.Png,
        }.Validate(),
        ["000 Streaming for better UX: partial_images 3 on gpt-4.1"] = () => new GptImage1.ImageGenerationTool { PartialImages = 3 }.Validate("gpt-4.1"),
        ["003 Generate an image: dall-e-3, white siamese cat, 1024x1024"] = () => new DallE3.GenerateRequest(Prompt) { Size = DallE3.Size.W1024xH1024 }.Validate(),
    };

    public static TheoryData<string> ExampleNames() => new(Examples.Keys);

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Seed_code_example_validates(string example) => AssertValid(Examples[example]());

    [Fact]
    public void Seed003_curl_body_is_what_the_typed_request_writes()
    {
        // curl https://api.openai.com/v1/images/generations -d '{ "model": "dall-e-3", "prompt": "a white siamese cat", "size": "1024x1024" }'
        using var expected = JsonDocument.Parse("""{ "model": "dall-e-3", "prompt": "a white siamese cat", "size": "1024x1024" }""");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new DallE3.GenerateRequest(Prompt) { Size = DallE3.Size.W1024xH1024 }.WriteJson(writer);
        }

        using var actual = JsonDocument.Parse(stream.ToArray());
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Seed000_tool_object_without_a_model_is_the_seed_json_and_defaults_to_gpt_image_2_6_sunburst()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new ImageGenerationTool().WriteJson(writer);
        }

        Assert.Equal("""{"type":"image_generation"}""", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        ValidationResult result = new ImageGenerationTool().Validate("gpt-4.1-mini");
        ValidationFinding defaulted = Assert.Single(result.Warnings, w => w.Code == ValidationCodes.ModelDefaulted);
        Assert.Contains("gpt-image-2.6-sunburst", defaulted.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Dictionary<string, object?> Values(params (string Key, object? Value)[] pairs)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["prompt"] = Prompt };
        foreach (var (key, value) in pairs)
        {
            values[key] = value;
        }

        return values;
    }

    private static void AssertAccepted(string endpoint, string model, string parameter, object value) =>
        AssertValid(ImageContract.Validate(endpoint, model, Values((parameter, value))));

    private static ValidationFinding AssertRejected(string endpoint, string model, string parameter, object value, string code)
    {
        ValidationResult result = ImageContract.Validate(endpoint, model, Values((parameter, value)));
        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(parameter, error.Parameter);
        return error;
    }

    private static void AssertOutcome(ValidationResult result, string? code, string? parameter)
    {
        if (code is null)
        {
            AssertValid(result);
            return;
        }

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal((code, parameter), (error.Code, error.Parameter));
    }

    /// <summary>Valid, and the only warnings are the ones every request of a retired model (or a loose request
    /// without a model) carries.</summary>
    private static void AssertValid(ValidationResult result)
    {
        Assert.True(result.IsValid, result.ToString());
        // The seeds' models and hosts are retired or announced for shutdown by now (the host gpt-4.1 on 2027-01-14).
        Assert.All(result.Warnings, w => Assert.Contains(w.Code, new[] { ValidationCodes.ModelRetired, ValidationCodes.ModelDeprecated, ValidationCodes.ModelDefaulted }));
    }
}
