using ImageContracts.Runtime.Tests.Support;
using static ImageContracts.Runtime.Tests.Support.TestContracts;

namespace ImageContracts.Runtime.Tests;

public class ParameterValidationTests
{
    [Fact]
    public void A_complete_valid_request_has_no_findings()
    {
        ValidationResult result = Validate(GptImage1Generations,
            ("prompt", "a cat"), ("n", 2), ("quality", "high"), ("size", "1536x1024"), ("background", "opaque"),
            ("output_format", "webp"), ("output_compression", 80), ("moderation", "low"), ("user", "u1"));

        Assert.True(result.IsValid, result.ToString());
        Assert.Empty(result.All);
        Assert.Equal("Valid", result.ToString());
    }

    [Fact]
    public void Unknown_parameter_lists_the_accepted_parameters()
    {
        ValidationResult result = Validate(GptImage1Generations, ("prompt", "a cat"), ("seed", 42));

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(("seed", "unknown_parameter"), (error.Parameter, error.Code));
        Assert.Contains("prompt, n, quality, size, background, output_format, output_compression, stream, partial_images, user, moderation", error.Message);
    }

    [Fact]
    public void Model_key_and_null_values_are_not_unknown()
    {
        ValidationResult result = Validate(GptImage1Generations, ("prompt", "a cat"), ("model", "gpt-image-1"), ("seed", null), ("quality", null));

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void Rejected_parameter_reports_the_reason()
    {
        ValidationResult result = Validate(GptImage1Generations, ("prompt", "a cat"), ("response_format", "url"));

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(("response_format", "parameter_rejected"), (error.Parameter, error.Code));
        Assert.Contains("GPT image models always return base64.", error.Message);
        Assert.Contains("unknown_parameter", error.Message);
        Assert.True(Validate(DallE3Generations, ("prompt", "a cat"), ("response_format", "url")).IsValid);
    }

    [Fact]
    public void Missing_required_parameter()
    {
        ValidationResult result = Validate(GptImage1Generations, ("n", 1));

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(("prompt", "missing_required"), (error.Parameter, error.Code));
        Assert.True(Validate(GptImage1Generations, ("prompt", "x")).IsValid);
    }

    [Fact]
    public void An_empty_image_list_counts_as_missing()
    {
        ValidationResult result = Validate(GptImage1Edits, ("prompt", "x"), ("image", Array.Empty<ImageFile>()));

        Assert.Equal(new[] { "missing_required" }, Codes(result));
    }

    [Theory]
    [InlineData("n", "3", "an integer")]
    [InlineData("n", 2.5, "an integer")]
    [InlineData("n", true, "an integer")]
    [InlineData("quality", 5, "a string")]
    [InlineData("stream", "true", "a boolean")]
    [InlineData("size", 1024, "a size string")]
    public void Wrong_value_type_names_the_expected_type(string key, object value, string expected)
    {
        ValidationResult result = Validate(GptImage1Generations, ("prompt", "x"), (key, value));

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal((key, "invalid_type"), (error.Parameter, error.Code));
        Assert.Contains("expected " + expected, error.Message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(2L)]
    [InlineData(2.0)]
    [InlineData((short)2)]
    public void Integral_numbers_of_any_type_are_integers(object n)
    {
        Assert.True(Validate(GptImage1Generations, ("prompt", "x"), ("n", n)).IsValid);
    }

    [Fact]
    public void Json_elements_are_read_as_json_values()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{"prompt":"x","n":3,"stream":true,"quality":"standard","user":null}""");
        var values = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

        ValidationResult result = ContractValidator.Validate(GptImage1Generations, values, options: On(Today));

        Assert.Equal(new[] { "value_not_allowed" }, Codes(result));
    }

    [Fact]
    public void Value_not_allowed_uses_the_documented_message()
    {
        ValidationResult result = Validate(GptImage1Generations, ("prompt", "x"), ("quality", "standard"));

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal(("quality", "value_not_allowed"), (error.Parameter, error.Code));
        Assert.Equal("Invalid value 'standard' for 'quality' on gpt-image-1. Allowed: low, medium, high, auto.", error.Message);
        Assert.True(Validate(GptImage1Generations, ("prompt", "x"), ("quality", "auto")).IsValid);
    }

    [Fact]
    public void Values_are_case_sensitive()
    {
        Assert.Equal(new[] { "value_not_allowed" }, Codes(Validate(GptImage1Generations, ("prompt", "x"), ("quality", "High"))));
    }

    [Fact]
    public void Preview_value_is_a_warning_not_an_error()
    {
        ValidationResult result = Validate(GptImage2Generations, ("prompt", "x"), ("background", "transparent"));

        Assert.True(result.IsValid);
        ValidationFinding warning = Assert.Single(result.Warnings);
        Assert.Equal(("background", "preview_value", RuleSeverity.Warning), (warning.Parameter, warning.Code, warning.Severity));
        Assert.Contains("preview on gpt-image-2", warning.Message);
        Assert.Empty(Validate(GptImage2Generations, ("prompt", "x"), ("background", "opaque")).All);
    }

    [Fact]
    public void Deprecated_value_is_a_warning()
    {
        var endpoint = new EndpointContract
        {
            Model = "m",
            Parameters = new[]
            {
                new ParameterContract { WireName = "style", Kind = ParameterKind.String, Values = new[] { new AllowedValue { Value = "old", Status = ValueStatus.Deprecated }, new AllowedValue { Value = "new" } } },
            },
        };

        Assert.Equal(new[] { "deprecated_value" }, Codes(Validate(endpoint, ("style", "old"))));
        Assert.True(Validate(endpoint, ("style", "old")).IsValid);
        Assert.Empty(Validate(endpoint, ("style", "new")).All);
    }

    [Theory]
    [InlineData("n", 0)]
    [InlineData("n", 11)]
    [InlineData("output_compression", -1)]
    [InlineData("output_compression", 101)]
    [InlineData("partial_images", 4)]
    public void Out_of_range_integers(string key, int value)
    {
        ValidationResult result = Validate(GptImage1Generations, ("prompt", "x"), ("output_format", "jpeg"), (key, value));

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.Equal((key, "out_of_range"), (error.Parameter, error.Code));
    }

    [Theory]
    [InlineData("n", 1)]
    [InlineData("n", 10)]
    [InlineData("output_compression", 0)]
    [InlineData("output_compression", 100)]
    public void In_range_integers_at_the_bounds(string key, int value)
    {
        Assert.True(Validate(GptImage1Generations, ("prompt", "x"), ("output_format", "jpeg"), (key, value)).IsValid);
    }

    [Fact]
    public void Dall_e_3_only_accepts_n_1()
    {
        ValidationFinding error = Assert.Single(Validate(DallE3Generations, ("prompt", "x"), ("n", 2)).Errors);
        Assert.Equal("Value 2 for 'n' on dall-e-3 is out of range. Allowed: 1 to 1.", error.Message);
    }

    [Fact]
    public void Too_long_counts_utf16_code_units()
    {
        Assert.True(Validate(DallE2Generations, ("prompt", new string('a', 1000))).IsValid);
        Assert.Equal(new[] { "too_long" }, Codes(Validate(DallE2Generations, ("prompt", new string('a', 1001)))));

        // 500 emoji = 1000 UTF-16 code units (2000 UTF-8 bytes): allowed; 501 emoji = 1002 units: too long.
        Assert.True(Validate(DallE2Generations, ("prompt", string.Concat(Enumerable.Repeat("😀", 500)))).IsValid);
        ValidationFinding error = Assert.Single(Validate(DallE2Generations, ("prompt", string.Concat(Enumerable.Repeat("😀", 501)))).Errors);
        Assert.Equal("too_long", error.Code);
        Assert.Contains("1002 characters", error.Message);
        Assert.Equal(new[] { "too_long" }, Codes(Validate(GptImage1Generations, ("prompt", new string('a', 32001)))));
    }

    [Fact]
    public void Too_short_string()
    {
        var images = new[] { ImageReference.FromFileId("file-1") };

        Assert.Equal(new[] { "too_short" }, Codes(Validate(GptImage1JsonEdits, ("prompt", ""), ("images", images))));
        Assert.True(Validate(GptImage1JsonEdits, ("prompt", "a"), ("images", images)).IsValid);
    }

    [Fact]
    public void All_errors_are_collected_in_check_order()
    {
        ValidationResult result = Validate(GptImage1Generations,
            ("quality", "standard"), ("n", "two"), ("response_format", "url"), ("seed", 1), ("output_compression", 200));

        Assert.Equal(
            new[] { "unknown_parameter", "parameter_rejected", "missing_required", "invalid_type", "value_not_allowed", "out_of_range" },
            Codes(result).Where(c => !c.StartsWith("rule:", StringComparison.Ordinal)).ToArray());
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Invalid_type_values_are_not_checked_further()
    {
        ValidationResult result = Validate(GptImage1Generations, ("prompt", 42));

        Assert.Equal(new[] { "invalid_type" }, Codes(result));
    }
}
