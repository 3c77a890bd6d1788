using ImageContracts.Runtime.Tests.Support;
using static ImageContracts.Runtime.Tests.Support.TestContracts;

namespace ImageContracts.Runtime.Tests;

public class RuleValidationTests
{
    [Fact]
    public void One_of_rule_violated_reports_rule_code_message_and_severity()
    {
        ValidationResult result = Validate(GptImage1Generations, ("prompt", "x"), ("background", "transparent"), ("output_format", "jpeg"));

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal("rule:transparent-background-format", error.Code);
        Assert.Equal("A transparent background needs output_format png or webp.", error.Message);
        Assert.Equal("output_format", error.Parameter);
        Assert.Equal(RuleSeverity.Error, error.Severity);
    }

    [Theory]
    [InlineData("webp")]
    [InlineData("png")]
    [InlineData(null)] // default png
    public void One_of_rule_satisfied_by_given_or_default_value(string? format)
    {
        ValidationResult result = Validate(GptImage1Generations, ("prompt", "x"), ("background", "transparent"), ("output_format", format));

        Assert.Empty(result.All);
    }

    [Fact]
    public void Rule_does_not_apply_when_the_when_condition_fails()
    {
        Assert.Empty(Validate(GptImage1Generations, ("prompt", "x"), ("background", "opaque"), ("output_format", "jpeg")).All);
    }

    [Fact]
    public void Present_condition_ignores_defaults_and_severity_warning_keeps_the_request_valid()
    {
        ValidationResult given = Validate(GptImage1Generations, ("prompt", "x"), ("output_compression", 50));

        ValidationFinding warning = Assert.Single(given.Warnings);
        Assert.Equal(("rule:compression-format", RuleSeverity.Warning), (warning.Code, warning.Severity));
        Assert.True(given.IsValid);
        Assert.Empty(Validate(GptImage1Generations, ("prompt", "x")).All); // default 100 does not count as present
        Assert.Empty(Validate(GptImage1Generations, ("prompt", "x"), ("output_compression", 50), ("output_format", "webp")).All);
    }

    [Fact]
    public void Range_and_boolean_conditions()
    {
        Assert.Equal(new[] { "rule:partials-need-stream" }, Codes(Validate(GptImage1Generations, ("prompt", "x"), ("partial_images", 2))));
        Assert.Equal(new[] { "rule:partials-need-stream" }, Codes(Validate(GptImage1Generations, ("prompt", "x"), ("partial_images", 1), ("stream", false))));
        Assert.Empty(Validate(GptImage1Generations, ("prompt", "x"), ("partial_images", 2), ("stream", true)).All);
        Assert.Empty(Validate(GptImage1Generations, ("prompt", "x"), ("partial_images", 0)).All);
    }

    [Fact]
    public void Absent_requirement_with_empty_when_always_applies()
    {
        ValidationFinding error = Assert.Single(Validate(GptImage2Generations, ("prompt", "x"), ("input_fidelity", "high")).Errors);

        Assert.Equal(("rule:no-input-fidelity", "input_fidelity"), (error.Code, error.Parameter));
        Assert.Empty(Validate(GptImage2Generations, ("prompt", "x")).All);
    }

    [Fact]
    public void Effective_value_does_not_fall_back_to_default_when_the_given_value_has_the_wrong_type()
    {
        ValidationResult result = Validate(GptImage1Generations, ("prompt", "x"), ("background", "transparent"), ("output_format", 5));

        Assert.Equal(new[] { "invalid_type", "rule:transparent-background-format" }, Codes(result));
    }

    [Fact]
    public void Same_dimensions_compares_the_first_image()
    {
        byte[] image = TestImages.Png(1024, 1024);
        byte[] otherImage = TestImages.Png(1536, 1024);
        byte[] mask = TestImages.Png(1024, 1024, 6);
        byte[] smallMask = TestImages.Png(512, 512, 6);

        ValidationResult mismatch = Validate(GptImage1Edits, ("prompt", "x"), ("image", new[] { image }), ("mask", smallMask));
        ValidationFinding error = Assert.Single(mismatch.Errors);
        Assert.Equal(("rule:mask-dimensions", "mask"), (error.Code, error.Parameter));
        Assert.Contains("'mask' is 512x512, 'image' is 1024x1024", error.Message);

        Assert.True(Validate(GptImage1Edits, ("prompt", "x"), ("image", new[] { image, otherImage }), ("mask", mask)).IsValid);
        Assert.False(Validate(GptImage1Edits, ("prompt", "x"), ("image", new[] { otherImage, image }), ("mask", mask)).IsValid);
        Assert.Equal(new[] { "rule:mask-dimensions" }, Codes(Validate(DallE2Edits, ("prompt", "x"), ("image", TestImages.Png(256, 256)), ("mask", TestImages.Png(512, 512, 6)))));
    }

    [Fact]
    public void Same_dimensions_is_skipped_when_an_image_is_unreadable_or_absent()
    {
        byte[] truncatedMask = TestImages.Png(512, 512, 6).AsSpan(0, 20).ToArray();

        Assert.Equal(new[] { "file_unreadable" }, Codes(Validate(GptImage1Edits, ("prompt", "x"), ("image", TestImages.Png(1024, 1024)), ("mask", truncatedMask))));
        Assert.Equal(new[] { "missing_required" }, Codes(Validate(GptImage1Edits, ("prompt", "x"), ("mask", TestImages.Png(512, 512, 6)))));
    }

    [Fact]
    public void Same_format_rule()
    {
        ValidationResult result = Validate(GptImage1Edits, ("prompt", "x"), ("image", TestImages.Jpeg(1024, 1024)), ("mask", TestImages.Png(1024, 1024, 6)));

        ValidationFinding warning = Assert.Single(result.All);
        Assert.Equal(("rule:mask-format", RuleSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("'mask' is png, 'image' is jpeg", warning.Message);
        Assert.Empty(Validate(GptImage1Edits, ("prompt", "x"), ("image", TestImages.Png(1024, 1024)), ("mask", TestImages.Png(1024, 1024, 6))).All);
    }
}
