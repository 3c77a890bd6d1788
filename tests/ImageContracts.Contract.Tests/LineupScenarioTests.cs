// Some requests here are invalid on purpose (constant values) to check the run-time validator; the analyzer would
// report the same problems at compile time.
#pragma warning disable IMG0001, IMG0002, IMG0003, IMG0004, IMG0005, IMG0006, IMG0007, IMG0008, IMG0009, IMG0011, IMG0012

using System.Text;
using System.Text.Json;
using ImageContracts.Contract.Tests.Support;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// The 2026-12-01 lineup through its typed API: GIF and SVG output with their rules, markup edits, quality xhigh/max,
/// complexity, safety_identifier, free-form sizes, the svg object on the wire (JSON object, multipart svg[model]
/// fields, nested dictionaries), Responses hosts of the newer families, and what each model does not have.
/// </summary>
public class LineupScenarioTests
{
    private static readonly ImageFile Photo = TestImages.PngFile(64, 64, alpha: false);

    // ---------------------------------------------------------------------------------------------------------
    // GIF (gpt-image-2.6)

    [Fact]
    public void Gif_generation_on_2_6_flare_is_valid_with_the_preview_warning_and_its_frame_controls_on_the_wire()
    {
        var request = new GptImage26Flare.GenerateRequest("a candle flame flickering")
        {
            OutputFormat = GptImage26Flare.OutputFormat.Gif,
            FrameCount = 12,
            FrameDurationMs = 120,
            Size = GptImage26Flare.Size.W1024xH1024,
        };

        ValidationResult result = request.Validate();

        Assert.True(result.IsValid, result.ToString());
        ValidationFinding warning = Assert.Single(result.Warnings);
        Assert.Equal((ValidationCodes.PreviewValue, "output_format"), (warning.Code, warning.Parameter));
        Assert.Contains("GIF preview", warning.Message, StringComparison.Ordinal);
        Assert.Equal(
            """{"model":"gpt-image-2.6-flare","prompt":"a candle flame flickering","size":"1024x1024","output_format":"gif","frame_count":12,"frame_duration_ms":120}""",
            Json(request.WriteJson));
    }

    public static TheoryData<string, string, string> GifViolations() => new()
    {
        { "stream", "rule:gif-no-stream", "stream" },
        { "partial_images", "rule:gif-no-partial-images", "partial_images" },
        { "output_compression", "rule:compression-format", "output_format" },
    };

    [Theory]
    [MemberData(nameof(GifViolations))]
    public void Gif_generation_refuses_streaming_partial_images_and_compression(string added, string code, string parameter)
    {
        var request = new GptImage26Sunburst.GenerateRequest("a spinning coin") { OutputFormat = GptImage26Sunburst.OutputFormat.Gif };
        request = added switch
        {
            "stream" => request with { Stream = true },
            "partial_images" => request with { PartialImages = 2, Stream = true },
            _ => request with { OutputCompression = 80 },
        };

        ValidationResult result = request.Validate();

        ValidationFinding error = Assert.Single(result.Errors, e => e.Code == code);
        Assert.Equal(parameter, error.Parameter);
    }

    [Fact]
    public void Gif_edit_refuses_a_mask_but_png_edit_takes_it()
    {
        var gif = new GptImage26Sunburst.EditRequest("make it wave", Photo) { Mask = TestImages.PngFile(64, 64), OutputFormat = GptImage26Sunburst.OutputFormat.Gif };
        var png = gif with { OutputFormat = GptImage26Sunburst.OutputFormat.Png };

        Assert.Equal("mask", Assert.Single(gif.Validate().Errors, e => e.Code == "rule:gif-no-mask").Parameter);
        Assert.True(png.Validate().IsValid, png.Validate().ToString());
    }

    [Fact]
    public void Gif_tool_refuses_an_input_image_mask()
    {
        var tool = new GptImage26Flare.ImageGenerationTool { OutputFormat = GptImage26Flare.OutputFormat.Gif, InputImageMask = ImageReference.FromFileId("file-m") };
        Assert.Equal("input_image_mask", Assert.Single(tool.Validate("gpt-6.1-sol").Errors).Parameter);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(16, false)]
    [InlineData(17, true)]
    public void Frame_count_is_2_to_16(int frames, bool outOfRange)
    {
        var request = new GptImage26Flare.GenerateRequest("a bouncing ball") { OutputFormat = GptImage26Flare.OutputFormat.Gif, FrameCount = frames };
        Assert.Equal(outOfRange, request.Validate().Has(ValidationCodes.OutOfRange));
    }

    [Theory]
    [InlineData(19, true)]
    [InlineData(20, false)]
    [InlineData(655_350, false)]
    [InlineData(1_000_000, false)] // capped by the API, not refused (NODE-7590)
    public void Frame_duration_has_a_minimum_and_no_maximum(int milliseconds, bool outOfRange)
    {
        var request = new GptImage26Flare.GenerateRequest("a bouncing ball") { OutputFormat = GptImage26Flare.OutputFormat.Gif, FrameDurationMs = milliseconds };
        Assert.Equal(outOfRange, request.Validate().Has(ValidationCodes.OutOfRange));
    }

    [Fact]
    public void Frame_controls_need_gif_output()
    {
        var request = new GptImage26Flare.GenerateRequest("a bouncing ball") { FrameCount = 4, FrameDurationMs = 100 };

        ValidationResult result = request.Validate();

        Assert.Equal(new[] { "rule:frame-count-needs-gif", "rule:frame-duration-needs-gif" }, result.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal("output_format", e.Parameter));
    }

    // ---------------------------------------------------------------------------------------------------------
    // SVG (gpt-image-2.6)

    [Fact]
    public void Svg_generation_writes_the_svg_object_in_json()
    {
        var request = new GptImage26Sunburst.GenerateRequest("a fox logo")
        {
            OutputFormat = GptImage26Sunburst.OutputFormat.Svg,
            SvgModel = "gpt-5.5",
            SvgReasoningEffort = GptImage26Sunburst.SvgReasoningEffort.High,
            Complexity = GptImage26Sunburst.Complexity.Low,
        };

        Assert.True(request.Validate().IsValid, request.Validate().ToString());
        Assert.Empty(request.Validate().All);
        Assert.Equal(
            """{"model":"gpt-image-2.6-sunburst","prompt":"a fox logo","output_format":"svg","complexity":"low","svg":{"model":"gpt-5.5","reasoning":{"effort":"high"}}}""",
            Json(request.WriteJson));
        Assert.Equal("gpt-5.5", request.ToParameters()["svg.model"]);
        Assert.Equal("high", request.ToParameters()["svg.reasoning.effort"]);
    }

    [Fact]
    public void Svg_object_with_only_the_effort_leaves_out_the_model_and_an_unset_object_is_not_written()
    {
        var effortOnly = new GptImage26Sunburst.GenerateRequest("a fox logo") { OutputFormat = GptImage26Sunburst.OutputFormat.Svg, SvgReasoningEffort = GptImage26Sunburst.SvgReasoningEffort.Minimal };
        var none = new GptImage26Sunburst.GenerateRequest("a fox logo") { OutputFormat = GptImage26Sunburst.OutputFormat.Svg };

        Assert.Contains("\"svg\":{\"reasoning\":{\"effort\":\"minimal\"}}", Json(effortOnly.WriteJson), StringComparison.Ordinal);
        Assert.DoesNotContain("\"svg\":", Json(none.WriteJson), StringComparison.Ordinal);
    }

    [Fact]
    public void Multipart_svg_edit_sends_bracketed_svg_fields()
    {
        var request = new GptImage26Flare.EditRequest("turn into a flat icon", Photo)
        {
            OutputFormat = GptImage26Flare.OutputFormat.Svg,
            SvgModel = "gpt-6.1-sol",
            SvgReasoningEffort = GptImage26Flare.SvgReasoningEffort.Xhigh,
        };
        var writer = new MultipartWriter();

        request.WriteMultipart(writer);

        Assert.Equal("gpt-6.1-sol", Assert.Single(writer.Parts, p => p.Name == "svg[model]").Value);
        Assert.Equal("xhigh", Assert.Single(writer.Parts, p => p.Name == "svg[reasoning][effort]").Value);
        Assert.DoesNotContain(writer.Parts, p => p.Name.StartsWith("svg.", StringComparison.Ordinal));
        Assert.True(request.Validate().IsValid, request.Validate().ToString());
    }

    [Fact]
    public void Svg_needs_one_image_and_no_streaming()
    {
        var request = new GptImage26Sunburst.GenerateRequest("a fox logo") { OutputFormat = GptImage26Sunburst.OutputFormat.Svg, N = 2, Stream = true };

        Assert.Equal(new[] { "rule:svg-no-stream", "rule:svg-single-image" }, request.Validate().Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Svg_options_need_svg_output()
    {
        var request = new GptImage26Sunburst.GenerateRequest("a fox logo") { SvgModel = "gpt-5.5", SvgReasoningEffort = GptImage26Sunburst.SvgReasoningEffort.Low };

        Assert.Equal(new[] { "rule:svg-effort-needs-svg", "rule:svg-model-needs-svg" }, request.Validate().Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nested_svg_object_in_a_dictionary_or_json_validates_like_the_typed_request()
    {
        var typed = new GptImage26Sunburst.GenerateRequest("a fox logo") { OutputFormat = GptImage26Sunburst.OutputFormat.Svg, SvgModel = "gpt-5.5", N = 2 };
        var nested = new Dictionary<string, object?>
        {
            ["prompt"] = "a fox logo",
            ["output_format"] = "svg",
            ["n"] = 2,
            ["svg"] = new Dictionary<string, object?> { ["model"] = "gpt-5.5" },
        };
        using JsonDocument json = JsonDocument.Parse("""{"prompt":"a fox logo","output_format":"svg","n":2,"svg":{"model":"gpt-5.5"}}""");
        var fromJson = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);

        string[] expected = Findings(typed.Validate());
        Assert.Equal(expected, Findings(ImageContract.Validate("generations", GptImage26Sunburst.Id, nested)));
        Assert.Equal(expected, Findings(ImageContract.Validate("generations", GptImage26Sunburst.Id, fromJson)));
    }

    [Fact]
    public void Unknown_reasoning_effort_in_a_nested_svg_object_is_refused_with_the_allowed_list()
    {
        var values = new Dictionary<string, object?>
        {
            ["prompt"] = "a fox logo",
            ["output_format"] = "svg",
            ["svg"] = new Dictionary<string, object?> { ["reasoning"] = new Dictionary<string, object?> { ["effort"] = "ultra" } },
        };

        ValidationFinding error = Assert.Single(ImageContract.Validate("generations", GptImage26Flare.Id, values).Errors);

        Assert.Equal((ValidationCodes.ValueNotAllowed, "svg.reasoning.effort"), (error.Code, error.Parameter));
        Assert.Contains("none, minimal, low, medium, high, xhigh, max", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_object_on_a_model_without_svg_is_an_unknown_parameter()
    {
        var values = new Dictionary<string, object?> { ["prompt"] = "a fox logo", ["svg"] = new Dictionary<string, object?> { ["model"] = "gpt-5.5" } };
        ValidationFinding error = Assert.Single(ImageContract.Validate("generations", GptImage25Sunburst.Id, values).Errors);
        Assert.Equal((ValidationCodes.UnknownParameter, "svg"), (error.Code, error.Parameter));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Markup edits (2.5 per NODE-7590, 2.6 per GUIDE-26)

    [Fact]
    public void Markup_edit_with_a_transparent_png_of_the_first_images_size_is_valid()
    {
        var request = new GptImage25Sunburst.EditRequest("circle means: add a window here", Photo, TestImages.PngFile(32, 32, alpha: false))
        {
            Markup = TestImages.PngFile(64, 64, alpha: true),
        };
        var writer = new MultipartWriter();
        request.WriteMultipart(writer);

        Assert.Empty(request.Validate().All);
        Assert.Single(writer.Parts, p => p.Name == "markup" && p.File is not null);
    }

    [Fact]
    public void Markup_of_another_size_without_transparency_or_with_a_mask_is_refused()
    {
        var wrongSize = new GptImage26Flare.EditRequest("arrows: move the lamp", Photo) { Markup = TestImages.PngFile(32, 64) };
        var opaque = new GptImage26Flare.EditRequest("arrows: move the lamp", Photo) { Markup = TestImages.PngFile(64, 64, alpha: false) };
        var withMask = new GptImage26Flare.EditRequest("arrows: move the lamp", Photo) { Markup = TestImages.PngFile(64, 64), Mask = TestImages.PngFile(64, 64) };

        Assert.Equal("rule:markup-dimensions", Assert.Single(wrongSize.Validate().Errors).Code);
        ValidationFinding alpha = Assert.Single(opaque.Validate().Errors);
        Assert.Equal((ValidationCodes.MaskNoAlpha, "markup"), (alpha.Code, alpha.Parameter));
        Assert.Contains("transparent pixels for 'markup'", alpha.Message, StringComparison.Ordinal);
        Assert.Equal(("rule:markup-not-with-mask", "mask"), (Assert.Single(withMask.Validate().Errors).Code, Assert.Single(withMask.Validate().Errors).Parameter));
    }

    [Fact]
    public void Markup_is_a_multipart_edit_input_only()
    {
        Assert.NotNull(typeof(GptImage25Flare.EditRequest).GetProperty("Markup"));
        Assert.Null(typeof(GptImage25Flare.JsonEditRequest).GetProperty("Markup"));
        Assert.Null(typeof(GptImage2.EditRequest).GetProperty("Markup"));
        Assert.Null(typeof(GptImage26Sunburst.ImageGenerationTool).GetProperty("Markup"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Quality, complexity, sizes, safety_identifier

    [Fact]
    public void Xhigh_json_edit_on_2_5_sunburst_is_valid_without_warnings_and_its_cost_is_open()
    {
        var request = new GptImage25Sunburst.JsonEditRequest("sharpen the lettering", ImageReference.FromFileId("file-abc"))
        {
            Quality = GptImage25Sunburst.Quality.Xhigh,
            Size = new GptImage25Sunburst.Size(1536, 864),
            SafetyIdentifier = "user-7f3a9c",
        };

        Assert.Empty(request.Validate().All);
        Assert.Equal(
            """{"model":"gpt-image-2.5-sunburst","images":[{"file_id":"file-abc"}],"prompt":"sharpen the lettering","quality":"xhigh","size":"1536x864","safety_identifier":"user-7f3a9c"}""",
            Json(request.WriteJson));
        CostEstimate cost = request.EstimateCost(promptTokens: 10);
        Assert.True(cost.IsOpenEnded);
        Assert.Contains("xhigh", cost.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Xhigh_and_max_on_2_6_are_unconfirmed_warnings_and_gpt_image_2_has_neither()
    {
        ValidationFinding warning = Assert.Single(new GptImage26Sunburst.GenerateRequest("a lighthouse") { Quality = GptImage26Sunburst.Quality.Max }.Validate().All);
        Assert.Equal((ValidationCodes.Unconfirmed, "quality"), (warning.Code, warning.Parameter));

        Assert.False(GptImage2.TryParse("xhigh", out GptImage2.Quality _));
        Assert.False(GptImage2.TryParse("max", out GptImage2.Quality _));
        Assert.Equal(ValidationCodes.ValueNotAllowed, Assert.Single(ImageContract.Validate("generations", "gpt-image-2", new Dictionary<string, object?> { ["prompt"] = "a lighthouse", ["quality"] = "xhigh" }).Errors).Code);
    }

    [Fact]
    public void Complexity_gif_and_svg_exist_only_on_2_6()
    {
        foreach (Type request in new[] { typeof(GptImage25Sunburst.GenerateRequest), typeof(GptImage25Flare.EditRequest), typeof(GptImage2.GenerateRequest) })
        {
            Assert.Null(request.GetProperty("Complexity"));
            Assert.Null(request.GetProperty("FrameCount"));
            Assert.Null(request.GetProperty("SvgModel"));
        }

        Assert.False(GptImage25Sunburst.TryParse("gif", out GptImage25Sunburst.OutputFormat _));
        Assert.True(GptImage26Flare.TryParse("gif", out GptImage26Flare.OutputFormat _));
        Assert.NotNull(typeof(GptImage26Flare.ImageGenerationTool).GetProperty("Complexity"));
    }

    [Fact]
    public void Free_form_sizes_are_documented_for_2_5_and_unconfirmed_for_2_6()
    {
        Assert.Empty(new GptImage25Flare.GenerateRequest("a banner") { Size = new GptImage25Flare.Size(2048, 688) }.Validate().All);

        ValidationFinding warning = Assert.Single(new GptImage26Flare.GenerateRequest("a banner") { Size = new GptImage26Flare.Size(2048, 688) }.Validate().All);
        Assert.Equal((ValidationCodes.Unconfirmed, "size"), (warning.Code, warning.Parameter));
        Assert.Contains("1024x1536", warning.Message, StringComparison.Ordinal);
        Assert.Empty(new GptImage26Flare.GenerateRequest("a banner") { Size = GptImage26Flare.Size.W1536xH1024 }.Validate().All);

        Assert.False(GptImage25Flare.Size.TryCreate(1000, 1000, out _, out string? problem));
        Assert.Contains("16", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Transparent_background_is_supported_on_2_5_and_2_6_and_preview_on_gpt_image_2()
    {
        Assert.Empty(new GptImage25Sunburst.GenerateRequest("a sticker") { Background = GptImage25Sunburst.Background.Transparent }.Validate().All);
        Assert.Empty(new GptImage26Flare.GenerateRequest("a sticker") { Background = GptImage26Flare.Background.Transparent }.Validate().All);
        Assert.Equal(ValidationCodes.PreviewValue, Assert.Single(new GptImage2.GenerateRequest("a sticker") { Background = GptImage2.Background.Transparent }.Validate().All).Code);
    }

    [Fact]
    public void User_alone_warns_that_it_is_deprecated_and_safety_identifier_silences_it()
    {
        var userOnly = new GptImage26Sunburst.GenerateRequest("a lighthouse") { User = "u-1" };
        var both = userOnly with { SafetyIdentifier = "u-1" };

        ValidationFinding warning = Assert.Single(userOnly.Validate().All);
        Assert.Equal(("rule:user-deprecated", RuleSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("safety_identifier", warning.Message, StringComparison.Ordinal);
        Assert.Empty(both.Validate().All);
    }

    [Fact]
    public void Input_fidelity_is_gone_from_the_new_models()
    {
        Assert.Null(typeof(GptImage25Sunburst.EditRequest).GetProperty("InputFidelity"));
        Assert.Null(typeof(GptImage26Flare.ImageGenerationTool).GetProperty("InputFidelity"));
        ValidationFinding error = Assert.Single(ImageContract.Validate("edits", "gpt-image-2.6-flare", new Dictionary<string, object?> { ["prompt"] = "x", ["image"] = TestImages.Png(64, 64), ["input_fidelity"] = "high" }).Errors);
        Assert.Equal(ValidationCodes.ParameterRejected, error.Code);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Aliases, typed model ids, Responses hosts

    [Theory]
    [InlineData("gpt-image-2.5-sunburst-2026-09-08", "gpt-image-2.5-sunburst")]
    [InlineData("gpt-image-2.5-flare-2026-09-08", "gpt-image-2.5-flare")]
    [InlineData("gpt-image-1.5-2025-12-16", "gpt-image-1.5")]
    public void Dated_snapshots_resolve_to_their_model(string alias, string model) =>
        Assert.Equal(model, ImageContract.Find(alias)!.Id);

    [Fact]
    public void Typed_requests_always_send_their_model()
    {
        Assert.StartsWith("""{"model":"gpt-image-2.6-flare",""", Json(new GptImage26Flare.GenerateRequest("x").WriteJson), StringComparison.Ordinal);
        Assert.StartsWith("{\"type\":\"image_generation\",\"model\":\"gpt-image-2.6-sunburst\"", Json(new GptImage26Sunburst.ImageGenerationTool().WriteJson), StringComparison.Ordinal);
        var writer = new MultipartWriter();
        new GptImage25Flare.EditRequest("x", Photo).WriteMultipart(writer);
        Assert.Equal(("model", "gpt-image-2.5-flare"), (writer.Parts[0].Name, writer.Parts[0].Value));
    }

    [Theory]
    [InlineData("gpt-5.5")]
    [InlineData("gpt-5.6-terra")]
    [InlineData("gpt-6-luna")]
    [InlineData("gpt-6.1-sol")]
    [InlineData("gpt-6.2-astra")] // matched by the gpt-6 prefix
    public void Responses_tool_with_a_live_host_of_the_newer_families_is_valid(string host)
    {
        var tool = new GptImage26Sunburst.ImageGenerationTool { Quality = GptImage26Sunburst.Quality.High, Complexity = GptImage26Sunburst.Complexity.Medium };
        Assert.Empty(tool.Validate(host).All);
        Assert.Empty(ImageContract.Validate("responses", host, new Dictionary<string, object?> { ["model"] = "gpt-image-2.6-sunburst", ["quality"] = "high", ["complexity"] = "medium" }).All);
    }

    [Fact]
    public void Responses_tool_with_an_image_model_as_host_is_refused()
    {
        Assert.Equal(ValidationCodes.HostNotSupported, Assert.Single(new GptImage25Flare.ImageGenerationTool().Validate("gpt-image-2.6-sunburst").Errors).Code);
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

    private static string[] Findings(ValidationResult result) =>
        result.All.Select(f => $"{f.Severity} {f.Code} {f.Parameter}: {f.Message}").Order(StringComparer.Ordinal).ToArray();
}
