// These tests name models the spec does not know on purpose; the analyzer reports them as IMG0009 warnings.
#pragma warning disable IMG0009

using ImageContracts.Contract.Tests.Support;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// A model the spec does not know is a warning, not an error: the call is checked against what every known model of
/// the endpoint shares (required prompt, the widest integer ranges, prompt length), values that new models add are
/// let through, unlisted parameters warn, <see cref="UnknownModelPolicy.Refuse"/> makes it an error, and the cost
/// estimate says the prices are unknown. Expected ranges are the API reference's figures (n 1–10, partial_images
/// 0–3, output_compression 0–100, prompt ≤ 32,000 characters), not read from the code under test.
/// </summary>
public class UnknownModelTests
{
    private const string Unknown = "gpt-image-7-nebula";

    private static Dictionary<string, object?> Values(params (string Key, object? Value)[] pairs)
    {
        var values = new Dictionary<string, object?> { ["prompt"] = "A fox in the snow" };
        foreach ((string key, object? value) in pairs)
        {
            values[key] = value;
        }

        return values;
    }

    private static string[] Codes(ValidationResult result, RuleSeverity severity) =>
        result.All.Where(f => f.Severity == severity).Select(f => f.Code + "@" + f.Parameter).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void An_unknown_model_is_a_warning_that_names_the_model_and_the_known_ones()
    {
        ValidationResult result = ImageContract.Validate("generations", Unknown, Values());

        Assert.True(result.IsValid, result.ToString());
        ValidationFinding warning = Assert.Single(result.Warnings);
        Assert.Equal((ValidationCodes.UnknownModel, "model", RuleSeverity.Warning), (warning.Code, warning.Parameter, warning.Severity));
        Assert.Contains("'" + Unknown + "'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("gpt-image-2", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("n", 10L, null)]
    [InlineData("n", 11L, "out_of_range")]
    [InlineData("n", 0L, "out_of_range")]
    [InlineData("partial_images", 3L, null)]
    [InlineData("partial_images", 4L, "out_of_range")]
    [InlineData("output_compression", 100L, null)]
    [InlineData("output_compression", 101L, "out_of_range")]
    [InlineData("output_compression", -1L, "out_of_range")]
    [InlineData("n", "two", "invalid_type")]
    [InlineData("stream", "yes", "invalid_type")]
    public void Universal_ranges_and_types_still_apply(string parameter, object value, string? expectedError)
    {
        ValidationResult result = ImageContract.Validate("generations", Unknown, Values((parameter, value)));

        Assert.Equal(expectedError is null ? Array.Empty<string>() : new[] { expectedError + "@" + parameter }, Codes(result, RuleSeverity.Error));
        Assert.Contains(ValidationCodes.UnknownModel + "@model", Codes(result, RuleSeverity.Warning));
    }

    [Fact]
    public void The_prompt_is_required_and_bounded_by_the_longest_limit_of_the_known_models()
    {
        ValidationResult missing = ImageContract.Validate("generations", Unknown, new Dictionary<string, object?> { ["n"] = 1 });
        ValidationResult longest = ImageContract.Validate("generations", Unknown, Values(("prompt", new string('a', 32_000))));
        ValidationResult tooLong = ImageContract.Validate("generations", Unknown, Values(("prompt", new string('a', 32_001))));

        Assert.Equal(new[] { "missing_required@prompt" }, Codes(missing, RuleSeverity.Error));
        Assert.Empty(Codes(longest, RuleSeverity.Error));
        Assert.Equal(new[] { "too_long@prompt" }, Codes(tooLong, RuleSeverity.Error));
        Assert.Contains(Unknown, tooLong.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_and_parameters_a_new_model_may_bring_pass_with_a_warning_for_unlisted_parameters()
    {
        ValidationResult result = ImageContract.Validate("generations", Unknown,
            Values(("quality", "ultra-plus"), ("size", "4096x4096"), ("output_format", "avif"), ("sparkle_level", 3)));

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(new[] { "unknown_model@model", "unknown_parameter@sparkle_level" }, Codes(result, RuleSeverity.Warning));
    }

    [Fact]
    public void Refuse_makes_the_unknown_model_an_error_and_leaves_known_models_alone()
    {
        ValidationResult refused = ImageContract.Validate("generations", Unknown, Values(), new ValidationOptions { UnknownModels = UnknownModelPolicy.Refuse });
        ValidationResult known = ImageContract.Validate("generations", "gpt-image-2", Values(), new ValidationOptions { UnknownModels = UnknownModelPolicy.Refuse });

        Assert.Equal(new[] { "unknown_model@model" }, Codes(refused, RuleSeverity.Error));
        Assert.Contains("Refuse", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.True(known.IsValid, known.ToString());
    }

    [Fact]
    public void Every_endpoint_with_known_models_accepts_an_unknown_one()
    {
        ValidationResult edit = ImageContract.Validate("edits", Unknown, Values(("image", TestImages.Png(64, 64))));
        ValidationResult jsonEdit = ImageContract.Validate("edits", Unknown, Values(("images", new[] { ImageReference.FromFileId("file-abc") })));
        ValidationResult tool = ImageContract.Validate("responses", "gpt-4.1", new Dictionary<string, object?> { ["model"] = Unknown, ["partial_images"] = 9 });

        Assert.True(edit.IsValid, edit.ToString());
        Assert.True(jsonEdit.IsValid, jsonEdit.ToString());
        Assert.Equal(new[] { "out_of_range@partial_images" }, Codes(tool, RuleSeverity.Error));
        Assert.Contains("unknown_model@model", Codes(tool, RuleSeverity.Warning));
    }

    [Fact]
    public void The_loose_request_for_an_unknown_model_validates_with_a_warning()
    {
        var request = new ImageGenerationRequest("A fox") { Model = Unknown, N = 2 };

        ValidationResult result = request.Validate();

        Assert.True(result.IsValid, result.ToString());
        Assert.True(result.Has(ValidationCodes.UnknownModel));
    }

    [Fact]
    public void The_cost_of_an_unknown_model_is_open_ended_with_a_note_instead_of_an_exception()
    {
        CostEstimate estimate = ImageContract.EstimateCost("generations", Unknown, Values(("n", 2)));

        Assert.True(estimate.IsOpenEnded);
        Assert.False(estimate.IsExact);
        Assert.Equal(0m, estimate.MinUsd);
        Assert.Null(estimate.OutputImageTokens);
        Assert.Contains(Unknown, estimate.Note, StringComparison.Ordinal);
        Assert.Contains("unknown", estimate.Note, StringComparison.Ordinal);
        Assert.Contains("–?", estimate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_universal_contract_is_derived_from_the_known_models()
    {
        EndpointContract universal = ImageContract.Catalog.UniversalContract(ImageEndpoint.Generations)!;

        ParameterContract prompt = universal.FindParameter("prompt")!;
        Assert.True(prompt.Required);
        Assert.Equal(32_000, prompt.MaxLength);
        Assert.Equal((1, 10), (universal.FindParameter("n")!.Minimum, universal.FindParameter("n")!.Maximum));
        Assert.All(universal.Parameters, p => Assert.Empty(p.Values));
        Assert.Empty(universal.Rules);
        Assert.True(universal.AllowsUnlistedParameters);
    }
}
