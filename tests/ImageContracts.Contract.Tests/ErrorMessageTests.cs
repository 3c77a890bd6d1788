// These tests build invalid, preview and retired-model requests on purpose, with constant values, to check the
// run-time validator; the ImageContracts analyzer would report the same problems at compile time.
#pragma warning disable IMG0001, IMG0002, IMG0003, IMG0004, IMG0005, IMG0006, IMG0007, IMG0008, IMG0009, IMG0010, IMG0011, IMG0012

using ImageContracts.Contract.Tests.Support;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// Findings say what was wrong (the code and the offending value), where (the parameter) and what is allowed
/// (the allowed values, the range, the limit): for values, sizes, the catalog entry point, host models and files.
/// </summary>
public class ErrorMessageTests
{
    private const string Prompt = "a lighthouse in a storm";

    // ---------------------------------------------------------------------------------------------------------
    // Values

    [Fact]
    public void Size_not_allowed_names_the_value_and_lists_the_allowed_sizes()
    {
        ValidationResult result = new ImageGenerationRequest(Prompt) { Model = "dall-e-3", Size = "512x512" }.Validate();

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.ValueNotAllowed, error.Code);
        Assert.Equal("size", error.Parameter);
        Assert.Equal(RuleSeverity.Error, error.Severity);
        Assert.Contains("'512x512'", error.Message, StringComparison.Ordinal);
        Assert.Contains("dall-e-3", error.Message, StringComparison.Ordinal);
        foreach (string allowed in new[] { "1024x1024", "1792x1024", "1024x1792" })
        {
            Assert.Contains(allowed, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Quality_not_allowed_lists_the_model_qualities()
    {
        ValidationFinding error = Assert.Single(new ImageGenerationRequest(Prompt) { Model = "gpt-image-1.5", Quality = "hd" }.Validate().Errors);
        Assert.Equal(("value_not_allowed", "quality"), (error.Code, error.Parameter));
        Assert.Contains("'hd'", error.Message, StringComparison.Ordinal);
        Assert.Contains("low, medium, high, auto", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_parameter_gives_the_api_error_and_the_reason()
    {
        ValidationResult result = new ImageGenerationRequest(Prompt) { Model = "gpt-image-1", ResponseFormat = "url" }.Validate();

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.ParameterRejected, error.Code);
        Assert.Equal("response_format", error.Parameter);
        Assert.Contains("gpt-image-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown_parameter", error.Message, StringComparison.Ordinal);
        Assert.Contains("GPT image models always return base64-encoded images", error.Message, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Code == ValidationCodes.ModelRetired);
    }

    [Fact]
    public void Unknown_parameter_lists_the_accepted_parameters()
    {
        var values = new Dictionary<string, object?> { ["prompt"] = Prompt, ["resolution"] = "4k" };
        ValidationFinding error = Assert.Single(ImageContract.Validate("generations", "gpt-image-2", values).Errors);

        Assert.Equal((ValidationCodes.UnknownParameter, "resolution"), (error.Code, error.Parameter));
        foreach (string accepted in GptImage2.GenerationsContract.Parameters.Select(p => p.WireName))
        {
            Assert.Contains(accepted, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void N_above_one_on_dalle3_is_out_of_range()
    {
        ValidationResult result = new DallE3.GenerateRequest(Prompt) { N = 2 }.Validate();

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.OutOfRange, error.Code);
        Assert.Equal("n", error.Parameter);
        Assert.Contains("Value 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("dall-e-3", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_gives_the_range()
    {
        ValidationFinding error = Assert.Single(new GptImage15.GenerateRequest(Prompt) { N = 11 }.Validate().Errors);
        Assert.Equal((ValidationCodes.OutOfRange, "n"), (error.Code, error.Parameter));
        Assert.Contains("11", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_long_dalle2_prompt_gives_length_and_limit()
    {
        ValidationResult result = new DallE2.GenerateRequest(new string('x', 1001)).Validate();

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.TooLong, error.Code);
        Assert.Equal("prompt", error.Parameter);
        Assert.Contains("1001", error.Message, StringComparison.Ordinal);
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
        Assert.Contains("dall-e-2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_parameter_names_it()
    {
        ValidationFinding error = Assert.Single(ImageContract.Validate("generations", "gpt-image-1.5", new Dictionary<string, object?> { ["size"] = "auto" }).Errors);
        Assert.Equal((ValidationCodes.MissingRequired, "prompt"), (error.Code, error.Parameter));
        Assert.Contains("'prompt'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_type_says_what_was_expected_and_what_was_given()
    {
        var values = new Dictionary<string, object?> { ["prompt"] = Prompt, ["n"] = "two" };
        ValidationFinding error = Assert.Single(ImageContract.Validate("generations", "gpt-image-1.5", values).Errors);
        Assert.Equal((ValidationCodes.InvalidType, "n"), (error.Code, error.Parameter));
        Assert.Contains("an integer", error.Message, StringComparison.Ordinal);
        Assert.Contains("a string", error.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------------------------------------------------
    // gpt-image-2 sizes

    [Fact]
    public void GptImage2_size_constructor_rejects_edges_that_are_not_multiples_of_16()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new GptImage2.Size(1000, 1000));
        Assert.Contains("multiples of 16", exception.Message, StringComparison.Ordinal);
        Assert.Contains("1000x1000", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3856, 1600, "3840")]          // longer edge
    [InlineData(3840, 1024, "3:1")]           // aspect ratio 3.75:1
    [InlineData(512, 512, "655,360")]         // too few pixels
    public void GptImage2_size_constructor_says_which_limit_is_broken(int width, int height, string limit)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new GptImage2.Size(width, height));
        Assert.Contains(limit, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GptImage2_size_constructor_accepts_valid_free_form_sizes()
    {
        var uhd = new GptImage2.Size(3840, 2160);
        Assert.Equal("3840x2160", uhd.ToString());
        Assert.Equal(GptImage2.Size.W3840xH2160, uhd);
        Assert.Equal("1536x864", new GptImage2.Size(1536, 864).ToString());

        ValidationResult result = new GptImage2.GenerateRequest(Prompt) { Size = uhd }.Validate();
        Assert.True(result.IsValid, result.ToString());
        ValidationFinding experimental = Assert.Single(result.Warnings);
        Assert.Equal((ValidationCodes.SizeExperimental, "size"), (experimental.Code, experimental.Parameter));
        Assert.Contains("8,294,400", experimental.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GptImage2_size_try_create_and_try_parse()
    {
        Assert.True(GptImage2.Size.TryCreate(1024, 768, out GptImage2.Size created, out string? none));
        Assert.Equal("1024x768", created.ToString());
        Assert.Null(none);

        Assert.False(GptImage2.Size.TryCreate(1000, 1000, out GptImage2.Size failed, out string? problem));
        Assert.Contains("multiples of 16", problem, StringComparison.Ordinal);
        Assert.True(failed.IsAuto);

        Assert.True(GptImage2.Size.TryParse("auto", out GptImage2.Size auto));
        Assert.True(auto.IsAuto);
        Assert.True(GptImage2.Size.TryParse("2048x1152", out GptImage2.Size named));
        Assert.Equal(GptImage2.Size.W2048xH1152, named);
        Assert.True(GptImage2.Size.TryParse("1280x720", out GptImage2.Size free));
        Assert.Equal("1280x720", free.ToString());

        Assert.False(GptImage2.Size.TryParse("1000x1000", out _));
        Assert.False(GptImage2.Size.TryParse("4096x4096", out _));
        Assert.False(GptImage2.Size.TryParse("1024X1024", out _));
        Assert.False(GptImage2.Size.TryParse("-1024x1024", out _));
        Assert.False(GptImage2.Size.TryParse("big", out _));
        Assert.False(GptImage2.Size.TryParse(null, out _));
        Assert.True(default(GptImage2.Size).IsAuto);
    }

    [Theory]
    [InlineData("1000x1000", ValidationCodes.SizeNotMultiple, "multiples of 16")]
    [InlineData("3856x1600", ValidationCodes.SizeEdge, "3840")]
    [InlineData("3840x1024", ValidationCodes.SizeAspectRatio, "3:1")]
    [InlineData("512x512", ValidationCodes.SizePixels, "655,360")]
    public void GptImage2_free_form_size_findings_through_the_loose_request(string size, string code, string limit)
    {
        ValidationFinding error = Assert.Single(new ImageGenerationRequest(Prompt) { Model = "gpt-image-2", Size = size }.Validate().Errors);
        Assert.Equal((code, "size"), (error.Code, error.Parameter));
        Assert.Contains(size, error.Message, StringComparison.Ordinal);
        Assert.Contains(limit, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GptImage2_malformed_size_lists_the_named_sizes()
    {
        ValidationFinding error = Assert.Single(new ImageGenerationRequest(Prompt) { Model = "gpt-image-2", Size = "huge" }.Validate().Errors);
        Assert.Equal((ValidationCodes.ValueNotAllowed, "size"), (error.Code, error.Parameter));
        Assert.Contains("WIDTHxHEIGHT", error.Message, StringComparison.Ordinal);
        Assert.Contains("2048x1152", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GptImage2_transparent_background_is_a_preview_warning()
    {
        ValidationResult result = new GptImage2.GenerateRequest(Prompt) { Background = GptImage2.Background.Transparent }.Validate();
        Assert.True(result.IsValid, result.ToString());
        ValidationFinding warning = Assert.Single(result.Warnings);
        Assert.Equal((ValidationCodes.PreviewValue, "background"), (warning.Code, warning.Parameter));
        Assert.Contains("preview", warning.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Catalog entry point

    [Fact]
    public void Unknown_model_lists_the_models_of_the_endpoint()
    {
        ValidationResult result = ImageContract.Validate("generations", "gpt-image-9", new Dictionary<string, object?> { ["prompt"] = Prompt });

        ValidationFinding error = Assert.Single(result.All);
        Assert.Equal((ValidationCodes.UnknownModel, "model", RuleSeverity.Warning), (error.Code, error.Parameter, error.Severity));
        Assert.Contains("'gpt-image-9'", error.Message, StringComparison.Ordinal);
        foreach (ModelContract model in ImageContract.Models.Where(m => m.FindEndpoint(ImageEndpoint.Generations) is not null))
        {
            Assert.Contains(model.Id, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Endpoint_not_supported_says_what_the_model_serves_and_who_serves_the_endpoint()
    {
        var values = new Dictionary<string, object?> { ["prompt"] = Prompt, ["image"] = TestImages.Png(64, 64) };
        ValidationFinding error = Assert.Single(ImageContract.Validate("edits", "dall-e-3", values).All);

        Assert.Equal((ValidationCodes.EndpointNotSupported, "model"), (error.Code, error.Parameter));
        Assert.Contains("dall-e-3", error.Message, StringComparison.Ordinal);
        Assert.Contains("generations", error.Message, StringComparison.Ordinal);
        Assert.Contains("gpt-image-1.5", error.Message, StringComparison.Ordinal);
        Assert.Contains("dall-e-2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_contract_validation_on_a_missing_endpoint_is_endpoint_not_supported()
    {
        ValidationFinding error = Assert.Single(ContractValidator.Validate(DallE3.Contract, ImageEndpoint.Variations, new Dictionary<string, object?>()).All);
        Assert.Equal(ValidationCodes.EndpointNotSupported, error.Code);
        Assert.Contains("Supported: generations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_endpoint_lists_the_endpoints()
    {
        ValidationFinding error = Assert.Single(ImageContract.Validate("upscale", "gpt-image-1.5", new Dictionary<string, object?>()).All);

        Assert.Equal((ValidationCodes.UnknownEndpoint, "endpoint"), (error.Code, error.Parameter));
        Assert.Contains("'upscale'", error.Message, StringComparison.Ordinal);
        foreach (string name in new[] { "generations", "edits", "variations", "responses" })
        {
            Assert.Contains(name, error.Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentException>(() => ImageContract.EstimateCost("upscale", "gpt-image-1.5", new Dictionary<string, object?>()));
    }

    [Theory]
    [InlineData("variations", "dall-e-2")]
    public void Omitted_model_is_a_warning_naming_the_api_default(string endpoint, string expectedModel)
    {
        var values = new Dictionary<string, object?> { ["image"] = TestImages.Png(64, 64) };

        ValidationResult result = ImageContract.Validate(endpoint, null, values, Clock.On(Clock.SpecAsOf));

        Assert.True(result.IsValid, result.ToString());
        ValidationFinding warning = result.Warnings[0];
        Assert.Equal((ValidationCodes.ModelDefaulted, "model", RuleSeverity.Warning), (warning.Code, warning.Parameter, warning.Severity));
        Assert.Contains(expectedModel, warning.Message, StringComparison.Ordinal);
        Assert.Equal(ImageContract.Find(expectedModel)!.Lifecycle?.IsRetiredOn(Clock.SpecAsOf) == true, result.Has(ValidationCodes.ModelRetired));
    }

    [Theory]
    [InlineData("generations", null)]
    [InlineData("generations", "background")] // a GPT-image-only parameter no longer selects a default either
    [InlineData("edits", null)]
    [InlineData("edits", "images")]            // the JSON form
    public void Omitted_model_on_an_image_endpoint_is_a_warning_asking_for_an_explicit_model(string endpoint, string? extra)
    {
        var values = new Dictionary<string, object?> { ["prompt"] = Prompt };
        if (endpoint == "edits")
        {
            values[extra ?? "image"] = extra is null ? TestImages.Png(64, 64) : new[] { ImageReference.FromFileId("file-1") };
        }
        else if (extra is not null)
        {
            values[extra] = "opaque";
        }

        ValidationResult result = ImageContract.Validate(endpoint, null, values);

        Assert.True(result.IsValid, result.ToString());
        ValidationFinding warning = Assert.Single(result.All);
        Assert.Equal((ValidationCodes.ModelNotSpecified, "model", RuleSeverity.Warning), (warning.Code, warning.Parameter, warning.Severity));
        Assert.Contains("explicitly", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ValidationCodes.ModelDefaulted, result.All.Select(f => f.Code));
    }

    [Fact]
    public void Omitted_tool_model_defaults_to_gpt_image_2_6_sunburst()
    {
        ValidationResult result = ImageContract.Validate("responses", "gpt-5.5", new Dictionary<string, object?> { ["quality"] = "high" });

        Assert.True(result.IsValid, result.ToString());
        ValidationFinding warning = Assert.Single(result.All);
        Assert.Equal(ValidationCodes.ModelDefaulted, warning.Code);
        Assert.Contains("gpt-image-2.6-sunburst", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_given_in_the_dictionary_is_used_when_the_argument_is_null()
    {
        var values = new Dictionary<string, object?> { ["model"] = "dall-e-3", ["prompt"] = Prompt, ["size"] = "512x512" };
        ValidationResult result = ImageContract.Validate("generations", null, values);
        Assert.False(result.Has(ValidationCodes.ModelDefaulted));
        Assert.Contains("dall-e-3", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Responses tool host models (on gpt-image-2, which has no shutdown date, so no retirement warning interferes)

    [Theory]
    [InlineData("gpt-5.5")]
    [InlineData("gpt-6.1-sol")]
    [InlineData("gpt-5.1")]      // gpt-5 prefix: "gpt-5 and newer"
    [InlineData("gpt-5.5-pro")]
    [InlineData("gpt-6.2-luna")] // gpt-6 prefix
    public void Documented_live_host_is_accepted_silently(string host) =>
        Assert.Empty(new GptImage2.ImageGenerationTool().Validate(host).All);

    [Theory]
    [InlineData("gpt-4.1", "2027-01-14")]
    [InlineData("gpt-4o", "2027-01-14")]
    [InlineData("o3", "2026-12-11")]
    [InlineData("gpt-5", "2026-12-11")]
    public void Documented_host_with_an_announced_shutdown_is_accepted_with_a_deprecation_warning(string host, string shutdown)
    {
        ValidationResult result = new GptImage2.ImageGenerationTool().Validate(host, Clock.On(Clock.SpecAsOf));

        Assert.True(result.IsValid, result.ToString());
        ValidationFinding warning = Assert.Single(result.All);
        Assert.Equal(ValidationCodes.ModelDeprecated, warning.Code);
        Assert.Contains(shutdown, warning.Message, StringComparison.Ordinal);
        Assert.Contains("use ", warning.Message, StringComparison.Ordinal); // names the replacement
    }

    [Theory]
    [InlineData("gpt-image-1")]
    [InlineData("gpt-image-2-2026-04-21")]
    [InlineData("dall-e-3")]
    public void Image_model_as_host_is_host_not_supported(string host)
    {
        ValidationResult result = new GptImage2.ImageGenerationTool().Validate(host);

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.HostNotSupported, error.Code);
        Assert.Contains($"'{host}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("gpt-4.1", error.Message, StringComparison.Ordinal); // suggests a real host
    }

    [Theory]
    [InlineData("o4-mini")]
    [InlineData("my-fine-tune")]
    public void Undocumented_host_is_a_host_unconfirmed_warning(string host)
    {
        ValidationResult result = new GptImage2.ImageGenerationTool().Validate(host);

        Assert.True(result.IsValid, result.ToString());
        ValidationFinding warning = Assert.Single(result.Warnings);
        Assert.Equal(ValidationCodes.HostUnconfirmed, warning.Code);
        Assert.Contains($"'{host}'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loose_tool_checks_the_host_the_same_way()
    {
        Assert.True(new ImageGenerationTool { Model = "gpt-image-2" }.Validate("gpt-image-1").Has(ValidationCodes.HostNotSupported));
        Assert.True(new ImageGenerationTool { Model = "gpt-image-2" }.Validate("o4-mini").Has(ValidationCodes.HostUnconfirmed));
        Assert.Empty(new ImageGenerationTool { Model = "gpt-image-2" }.Validate("gpt-6-luna").All);
        Assert.Equal(ValidationCodes.ModelRetired, Assert.Single(new ImageGenerationTool { Model = "gpt-image-2" }.Validate("gpt-4.1-nano").All).Code); // shut down 2026-10-23
    }

    [Fact]
    public void Tool_with_n_is_rejected_with_the_workaround()
    {
        var values = new Dictionary<string, object?> { ["model"] = "gpt-image-1.5", ["n"] = 2 };
        ValidationFinding error = Assert.Single(ImageContract.Validate("responses", "gpt-4.1", values).Errors);
        Assert.Equal((ValidationCodes.ParameterRejected, "n"), (error.Code, error.Parameter));
        Assert.Contains("several calls", error.Message, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Files

    [Fact]
    public void Non_png_mask_is_a_file_format_error_naming_the_accepted_format()
    {
        var request = new GptImage15.EditRequest(Prompt, TestImages.PngFile(64, 64)) { Mask = ImageFile.FromBytes(TestImages.Jpeg(64, 64)) };
        ValidationResult result = request.Validate();

        ValidationFinding error = Assert.Single(result.Errors, e => e.Code == ValidationCodes.FileFormat);
        Assert.Equal("mask", error.Parameter);
        Assert.Contains("jpeg", error.Message, StringComparison.Ordinal);
        Assert.Contains("png", error.Message, StringComparison.Ordinal);

        // A JPEG cannot carry alpha either, and both findings are about the mask.
        Assert.Equal(new[] { ValidationCodes.FileFormat, ValidationCodes.MaskNoAlpha }, result.Errors.Select(e => e.Code));
        Assert.All(result.Errors, e => Assert.Equal("mask", e.Parameter));
    }

    [Fact]
    public void Unreadable_bytes_are_reported_as_not_an_image()
    {
        var request = new GptImage15.EditRequest(Prompt, ImageFile.FromBytes(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }));
        ValidationFinding error = Assert.Single(request.Validate().Errors);
        Assert.Equal((ValidationCodes.FileFormat, "image"), (error.Code, error.Parameter));
        Assert.Contains("not a recognised image format", error.Message, StringComparison.Ordinal);
        Assert.Contains("png, jpeg, webp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_without_alpha_is_mask_no_alpha()
    {
        var request = new GptImage15.EditRequest(Prompt, TestImages.PngFile(64, 64)) { Mask = TestImages.PngFile(64, 64, alpha: false) };

        ValidationFinding error = Assert.Single(request.Validate().Errors);
        Assert.Equal((ValidationCodes.MaskNoAlpha, "mask"), (error.Code, error.Parameter));
        Assert.Contains("alpha", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_square_dalle2_image_gives_its_dimensions()
    {
        ValidationResult result = new DallE2.EditRequest(Prompt, TestImages.PngFile(1024, 512)).Validate();

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal((ValidationCodes.FileNotSquare, "image"), (error.Code, error.Parameter));
        Assert.Contains("1024x512", error.Message, StringComparison.Ordinal);
        Assert.Contains("square", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_images_gives_count_and_limit()
    {
        ImageFile[] images = Enumerable.Range(0, 17).Select(_ => TestImages.PngFile(64, 64)).ToArray();
        ValidationFinding error = Assert.Single(new GptImage15.EditRequest(Prompt, images).Validate().Errors);

        Assert.Equal((ValidationCodes.TooManyFiles, "image"), (error.Code, error.Parameter));
        Assert.Contains("17", error.Message, StringComparison.Ordinal);
        Assert.Contains("16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_json_edit_images_gives_count_and_limit()
    {
        ImageReference[] images = Enumerable.Range(0, 17).Select(i => ImageReference.FromFileId("file-" + i)).ToArray();
        ValidationFinding error = Assert.Single(new GptImage15.JsonEditRequest(Prompt, images).Validate().Errors);
        Assert.Equal((ValidationCodes.TooManyFiles, "images"), (error.Code, error.Parameter));
    }

    [Fact]
    public void File_over_the_byte_limit_gives_size_and_limit()
    {
        const long FiftyMiB = 50L * 1024 * 1024;
        ImageFile large = TestImages.PngFile(64, 64, totalBytes: FiftyMiB);
        Assert.True(large.Info.IsValid);

        ValidationResult result = new GptImage15.EditRequest(Prompt, TestImages.PngFile(64, 64), large).Validate();

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal((ValidationCodes.FileTooLarge, "image"), (error.Code, error.Parameter));
        Assert.Contains("image 2 of 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("52,428,800 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_just_under_the_byte_limit_is_accepted()
    {
        ImageFile almost = TestImages.PngFile(64, 64, totalBytes: (4L * 1024 * 1024) - 1);
        Assert.True(new DallE2.VariationRequest(almost).Validate().IsValid);
        Assert.True(new DallE2.VariationRequest(TestImages.PngFile(64, 64, totalBytes: 4L * 1024 * 1024)).Validate().Has(ValidationCodes.FileTooLarge));
    }

    [Fact]
    public void Inline_json_edit_image_is_checked_against_the_data_url_bound()
    {
        // 20,971,520 base64 characters carry 15,728,640 bytes: an inline image of that size no longer fits.
        const long Bound = 15L * 1024 * 1024;
        ImageReference tooLarge = ImageReference.FromDataUrl(TestImages.Png(64, 64, totalBytes: Bound));
        ImageReference fits = ImageReference.FromDataUrl(TestImages.Png(64, 64, totalBytes: Bound - 3));

        ValidationFinding error = Assert.Single(new GptImage15.JsonEditRequest(Prompt, tooLarge).Validate().Errors);
        Assert.Equal((ValidationCodes.FileTooLarge, "images"), (error.Code, error.Parameter));
        Assert.Contains("15,728,640 bytes", error.Message, StringComparison.Ordinal);
        Assert.True(new GptImage15.JsonEditRequest(Prompt, fits).Validate().IsValid);
        Assert.True(new GptImage15.JsonEditRequest(Prompt, ImageReference.FromUrl("https://example.com/huge.png")).Validate().IsValid);
    }

    [Fact]
    public void File_messages_never_contain_the_bytes()
    {
        byte[] bytes = TestImages.Png(64, 32, alpha: false);
        ValidationResult result = new DallE2.EditRequest(Prompt, ImageFile.FromBytes(bytes)) { Mask = ImageFile.FromBytes(bytes) }.Validate();
        string base64 = Convert.ToBase64String(bytes);

        Assert.NotEmpty(result.Errors);
        Assert.All(result.All, f => Assert.DoesNotContain(base64.Substring(0, 16), f.Message, StringComparison.Ordinal));
    }
}
