using ImageContracts.Runtime.Tests.Support;
using static ImageContracts.Runtime.Tests.Support.TestContracts;

namespace ImageContracts.Runtime.Tests;

public class InputImageCostTests
{
    [Theory]
    [InlineData(1024, 1024, 194)]
    [InlineData(1024, 1536, 323)]
    [InlineData(1536, 1024, 323)]
    [InlineData(512, 512, 194)]
    [InlineData(256, 256, 194)]    // scaled up to a 512 shortest side: still one tile
    [InlineData(4096, 4096, 194)]  // fit within 2048, then shortest side 512
    [InlineData(4096, 1024, 581)]  // 2048x512 -> 4 tiles
    [InlineData(300, 900, 452)]    // 512x1536 -> 3 tiles
    [InlineData(1000, 1500, 323)]  // 512x768 -> 2 tiles
    public void Tile_method(int width, int height, int tokens)
    {
        Assert.Equal(tokens, CostCalculator.InputImageTokens(GptImageInputRule, width, height));
    }

    private static CostEstimate EditCost(object image, string? fidelity = null, object? mask = null)
    {
        var values = V(("prompt", "x"), ("image", image), ("quality", "low"), ("size", "1024x1024"));
        if (fidelity is not null)
        {
            values["input_fidelity"] = fidelity;
        }

        if (mask is not null)
        {
            values["mask"] = mask;
        }

        return CostCalculator.Estimate(GptImage1, GptImage1Edits, values, promptTokens: 0);
    }

    [Fact]
    public void Edit_with_one_square_image_is_exact()
    {
        CostEstimate estimate = EditCost(TestImages.Png(1024, 1024));

        Assert.Equal(194, estimate.InputImageTokens);
        Assert.Equal(194 * 10m / 1_000_000m + 272 * 40m / 1_000_000m, estimate.MinUsd);
        Assert.Equal(0.01282m, estimate.MaxUsd);
        Assert.True(estimate.IsExact, estimate.Note);
    }

    [Fact]
    public void Several_images_add_up_and_the_mask_is_not_counted()
    {
        CostEstimate estimate = EditCost(
            new[] { ImageFile.FromBytes(TestImages.Png(1024, 1024)), ImageFile.FromBytes(TestImages.Jpeg(1024, 1536)) },
            mask: TestImages.Png(1024, 1024, 6));

        Assert.Equal(194 + 323, estimate.InputImageTokens);
        Assert.True(estimate.IsExact);
    }

    [Theory]
    [InlineData(1024, 1024, 194 + 4160)]
    [InlineData(1024, 1536, 323 + 6240)]
    public void High_input_fidelity_adds_a_fixed_amount_per_image(int width, int height, int tokens)
    {
        CostEstimate estimate = EditCost(TestImages.Png(width, height), fidelity: "high");

        Assert.Equal(tokens, estimate.InputImageTokens);
        Assert.Equal(tokens * 10m / 1_000_000m + 0.01088m, estimate.MinUsd);
        Assert.Equal(CostParts.InputImage, estimate.Estimated);
        Assert.Contains("input_fidelity", estimate.Note);
    }

    [Fact]
    public void High_fidelity_applies_to_every_image()
    {
        CostEstimate estimate = EditCost(new[] { TestImages.Png(1024, 1024), TestImages.Png(1536, 1024) }, fidelity: "high");

        Assert.Equal(194 + 4160 + 323 + 6240, estimate.InputImageTokens);
    }

    [Fact]
    public void Low_fidelity_adds_nothing()
    {
        Assert.Equal(194, EditCost(TestImages.Png(1024, 1024), fidelity: "low").InputImageTokens);
    }

    [Fact]
    public void Unreadable_images_are_skipped_and_flagged()
    {
        CostEstimate estimate = EditCost(new[] { TestImages.Png(1024, 1024), TestImages.Garbage() });

        Assert.Equal(194, estimate.InputImageTokens);
        Assert.Equal(CostParts.InputImage, estimate.Estimated);
        Assert.Contains("1 input image(s) could not be inspected", estimate.Note);
    }

    [Fact]
    public void Referenced_images_without_bytes_are_flagged()
    {
        CostEstimate estimate = CostCalculator.Estimate(GptImage1, GptImage1JsonEdits,
            V(("prompt", "x"), ("images", new[] { ImageReference.FromFileId("file-1"), ImageReference.FromDataUrl(TestImages.Png(1024, 1536)) })),
            promptTokens: 0);

        Assert.Equal(323, estimate.InputImageTokens);
        Assert.True(estimate.Estimated.HasFlag(CostParts.InputImage));
    }

    [Fact]
    public void Generations_have_zero_input_image_tokens()
    {
        CostEstimate estimate = CostCalculator.Estimate(GptImage1, GptImage1Generations, V(("prompt", "x"), ("quality", "low"), ("size", "1024x1024")), 0);

        Assert.Equal(0, estimate.InputImageTokens);
    }
}
