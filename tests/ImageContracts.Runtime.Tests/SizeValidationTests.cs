using static ImageContracts.Runtime.Tests.Support.TestContracts;

namespace ImageContracts.Runtime.Tests;

public class SizeValidationTests
{
    private static string[] SizeCodes(string size) => Codes(Validate(GptImage2Generations, ("prompt", "x"), ("size", size)));

    [Theory]
    [InlineData("auto")]
    [InlineData("1024x1024")]
    [InlineData("2048x1152")]
    [InlineData("1280x720")]
    [InlineData("1920x640")]      // exactly 3:1
    [InlineData("2560x1440")]     // exactly the experimental threshold
    [InlineData("1024x640")]      // exactly the minimum pixels
    public void Listed_and_valid_free_form_sizes_pass(string size)
    {
        Assert.Empty(SizeCodes(size));
    }

    [Fact]
    public void Edge_not_a_multiple()
    {
        Assert.Equal(new[] { "size_not_multiple" }, SizeCodes("1000x1000"));
    }

    [Fact]
    public void Edge_too_long()
    {
        string[] codes = SizeCodes("3856x1296");

        Assert.Equal(new[] { "size_edge", "size_experimental" }, codes);
    }

    [Fact]
    public void Aspect_ratio_too_large()
    {
        ValidationFinding error = Assert.Single(Validate(GptImage2Generations, ("prompt", "x"), ("size", "2048x640")).Errors);

        Assert.Equal("size_aspect_ratio", error.Code);
        Assert.Contains("3.2:1", error.Message);
        Assert.Equal(new[] { "size_aspect_ratio" }, SizeCodes("640x2048"));
    }

    [Theory]
    [InlineData("512x512")]
    [InlineData("3840x2400")]
    public void Pixel_count_out_of_range(string size)
    {
        Assert.Contains("size_pixels", SizeCodes(size));
        Assert.DoesNotContain("size_edge", SizeCodes(size));
    }

    [Fact]
    public void Above_experimental_pixels_is_a_warning()
    {
        ValidationResult result = Validate(GptImage2Generations, ("prompt", "x"), ("size", "2560x1600"));

        Assert.True(result.IsValid);
        Assert.Equal("size_experimental", Assert.Single(result.Warnings).Code);
        Assert.Equal(new[] { "size_experimental" }, SizeCodes("3840x2160")); // listed, but still above the threshold
    }

    [Theory]
    [InlineData("big")]
    [InlineData("1024X1024")]
    [InlineData("0x1024")]
    public void Malformed_free_form_size_is_not_allowed(string size)
    {
        ValidationFinding error = Assert.Single(Validate(GptImage2Generations, ("prompt", "x"), ("size", size)).Errors);

        Assert.Equal("value_not_allowed", error.Code);
        Assert.Contains("WIDTHxHEIGHT", error.Message);
    }

    [Fact]
    public void Without_free_form_an_unlisted_size_is_not_allowed()
    {
        ValidationFinding error = Assert.Single(Validate(DallE3Generations, ("prompt", "x"), ("size", "256x256")).Errors);

        Assert.Equal(("size", "value_not_allowed"), (error.Parameter, error.Code));
        Assert.Equal("Invalid value '256x256' for 'size' on dall-e-3. Allowed: 1024x1024, 1792x1024, 1024x1792.", error.Message);
        Assert.Equal(new[] { "value_not_allowed" }, Codes(Validate(GptImage1Generations, ("prompt", "x"), ("size", "1280x720"))));
    }
}

public class FreeFormSizeContractTests
{
    [Fact]
    public void Find_problems_lists_every_broken_constraint()
    {
        var codes = GptImage2FreeForm.FindProblems(4000, 1000).Select(p => p.Code).ToArray();

        Assert.Equal(new[] { "size_not_multiple", "size_edge", "size_aspect_ratio" }, codes);
        Assert.Empty(GptImage2FreeForm.FindProblems(1024, 1024));
        Assert.Null(GptImage2FreeForm.Check(2048, 1152));
        Assert.StartsWith("Size 512x512 is not accepted: ", GptImage2FreeForm.Check(512, 512));
    }
}
