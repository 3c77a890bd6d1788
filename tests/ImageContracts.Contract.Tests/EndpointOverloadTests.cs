namespace ImageContracts.Contract.Tests;

/// <summary><c>ImageContract.Validate</c> and <c>EstimateCost</c> take an <see cref="ImageEndpoint"/> beside the spec
/// name; the enum names the edit form outright where the name <c>edits</c> leaves it to the parameters.</summary>
public class EndpointOverloadTests
{
    private static readonly Dictionary<string, object?> PromptOnly = new() { ["prompt"] = "a fox" };

    [Fact]
    public void The_enum_names_the_JSON_edit_form_where_the_name_edits_guesses_multipart()
    {
        ValidationResult byName = ImageContract.Validate("edits", "gpt-image-2", PromptOnly);
        ValidationResult byEnum = ImageContract.Validate(ImageEndpoint.JsonEdits, "gpt-image-2", PromptOnly);

        Assert.Contains(byName.Errors, e => e.Code == ValidationCodes.MissingRequired && e.Parameter == "image");
        Assert.Contains(byEnum.Errors, e => e.Code == ValidationCodes.MissingRequired && e.Parameter == "images");
        Assert.DoesNotContain(byEnum.Errors, e => e.Parameter == "image");
    }

    [Fact]
    public void Both_forms_give_the_same_answer_where_the_name_is_unambiguous()
    {
        var parameters = new Dictionary<string, object?> { ["prompt"] = "a fox", ["quality"] = "high", ["size"] = "1024x1024" };

        Assert.True(ImageContract.Validate(ImageEndpoint.Generations, "gpt-image-2", parameters).IsValid);
        CostEstimate byEnum = ImageContract.EstimateCost(ImageEndpoint.Generations, "gpt-image-2", parameters);

        // gpt-image-2's published per-image price for high 1024x1024, plus "a fox" as 2 text tokens (5 chars / 4) at $5 per million.
        Assert.Equal(0.211m + 2 * 5.00m / 1_000_000, byEnum.MinUsd);
        Assert.Equal(ImageContract.EstimateCost("generations", "gpt-image-2", parameters).MaxUsd, byEnum.MaxUsd);
    }

    [Fact]
    public void A_model_that_does_not_serve_the_endpoint_is_reported_and_cannot_be_priced()
    {
        ValidationResult result = ImageContract.Validate(ImageEndpoint.Variations, "gpt-image-2", new Dictionary<string, object?>());

        Assert.Contains(result.Errors, e => e.Code == ValidationCodes.EndpointNotSupported);
        Assert.Throws<ArgumentException>(() => ImageContract.EstimateCost(ImageEndpoint.Variations, "gpt-image-2", new Dictionary<string, object?>()));
    }
}
