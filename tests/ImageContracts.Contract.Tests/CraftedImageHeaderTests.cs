// gpt-image-1 is retired; these tests use its contract on purpose (it carries the documented input-image rule).
#pragma warning disable IMG0010

using System.Buffers.Binary;
using FsCheck;
using FsCheck.Fluent;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// Image headers that declare dimensions no real image has (a 21-byte JPEG of 65535x1, a 33-byte PNG of
/// 2147483647x1) are validation errors that say what is allowed, and are never priced; the input-token formula
/// never exceeds what a 2048x512 image costs. Before, they were priced at $67.82 and $17,180.
/// </summary>
public class CraftedImageHeaderTests
{
    /// <summary>The documented maximum per input image (VISION-2505, VISION-26; api-facts 7.4): after fitting within
    /// 2048x2048 and scaling the short side to 512, at most a 2048x512 image: 65 + 129 × 4 tiles.</summary>
    private const int MaxTokensPerImage = 65 + (129 * 4);

    private const int SafetyCeiling = 16384;

    /// <summary>SOI, then an SOF0 frame header declaring 1 row of 65535 columns with three components: 21 bytes.</summary>
    private static readonly byte[] Jpeg65535x1 =
    {
        0xFF, 0xD8,
        0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x01, 0xFF, 0xFF, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
    };

    /// <summary>PNG signature and an IHDR declaring 2147483647x1 RGB (CRC left zero, as an attacker would): 33 bytes.</summary>
    private static readonly byte[] Png2147483647x1 = PngHeader(int.MaxValue, 1);

    private static byte[] PngHeader(int width, int height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8; // bit depth
        bytes[25] = 2; // RGB
        return bytes;
    }

    public static TheoryData<string, string> CraftedFiles => new()
    {
        { "jpeg", "65535x1" },
        { "png", "2147483647x1" },
    };

    private static byte[] Crafted(string format) => format == "jpeg" ? Jpeg65535x1 : Png2147483647x1;

    /// <summary>Every model whose edit endpoint takes image files with a dimension limit: the check is the spec's, per model.</summary>
    private static IEnumerable<ModelContract> EditModels()
    {
        var models = ImageContract.Catalog.Models
            .Where(m => m.FindEndpoint(ImageEndpoint.Edits)?.FindParameter("image")?.File?.MaxEdge is not null)
            .ToList();
        Assert.NotEmpty(models);
        return models;
    }

    [Fact]
    public void The_crafted_headers_are_what_they_claim()
    {
        Assert.Equal(21, Jpeg65535x1.Length);
        Assert.Equal(33, Png2147483647x1.Length);
        Assert.Equal((ImageFormat.Jpeg, 65535, 1), Dimensions(ImageInspector.Inspect(Jpeg65535x1)));
        Assert.Equal((ImageFormat.Png, int.MaxValue, 1), Dimensions(ImageInspector.Inspect(Png2147483647x1)));

        static (ImageFormat, int, int) Dimensions(ImageInfo info) => (info.Format, info.Width, info.Height);
    }

    [Theory]
    [MemberData(nameof(CraftedFiles))]
    public void A_crafted_header_is_a_validation_error_that_says_what_is_allowed(string format, string declared)
    {
        foreach (ModelContract model in EditModels())
        {
            var values = new Dictionary<string, object?> { ["prompt"] = "x", ["image"] = ImageFile.FromBytes(Crafted(format)) };

            ValidationResult result = ImageContract.Validate("edits", model.Id, values);

            ValidationFinding error = Assert.Single(result.Errors, e => e.Code == ValidationCodes.FileDimensions);
            Assert.Equal("image", error.Parameter);
            Assert.Contains(declared, error.Message);
            Assert.Contains($"at most {SafetyCeiling} pixels on either side", error.Message);
            Assert.Contains(model.Id, error.Message);
        }
    }

    [Theory]
    [MemberData(nameof(CraftedFiles))]
    public void A_crafted_header_in_a_mask_or_json_edit_is_rejected_too(string format, string declared)
    {
        var mask = new Dictionary<string, object?> { ["prompt"] = "x", ["image"] = ImageFile.FromBytes(PngHeader(1024, 1024)), ["mask"] = ImageFile.FromBytes(Crafted(format)) };
        var json = new Dictionary<string, object?> { ["prompt"] = "x", ["images"] = new[] { ImageReference.FromDataUrl(Crafted(format)) } };

        Assert.Contains(ImageContract.Validate("edits", "gpt-image-2", mask).Errors, e => e.Code == ValidationCodes.FileDimensions && e.Parameter == "mask" && e.Message.Contains(declared));
        Assert.Contains(ImageContract.Validate("edits", "gpt-image-2", json).Errors, e => e.Code == ValidationCodes.FileDimensions && e.Parameter == "images");
    }

    [Fact]
    public void Real_photo_sizes_stay_valid()
    {
        // A 200-megapixel phone photo is 16320x12240: inside the ceiling.
        var values = new Dictionary<string, object?> { ["prompt"] = "x", ["image"] = ImageFile.FromBytes(PngHeader(16320, 12240)) };
        Assert.DoesNotContain(ImageContract.Validate("edits", "gpt-image-2", values).Errors, e => e.Code == ValidationCodes.FileDimensions);
    }

    [Theory]
    [MemberData(nameof(CraftedFiles))]
    public void A_crafted_header_is_not_priced(string format, string declared)
    {
        _ = declared;
        var request = new GptImage1.EditRequest("x", ImageFile.FromBytes(Crafted(format)))
        {
            Quality = GptImage1.Quality.Low,
            Size = GptImage1.Size.W1024xH1024,
        };

        CostEstimate cost = request.EstimateCost(promptTokens: 0);

        Assert.Equal(0, cost.InputImageTokens);
        Assert.True(cost.Estimated.HasFlag(CostParts.InputImage));
        Assert.Contains("larger than the model accepts", cost.Note);
        Assert.True(cost.MaxUsd < 0.02m, cost.ToString());
    }

    [Fact]
    public void The_spec_rule_is_the_documented_one()
    {
        // The bound below is computed from the documented figures, so check the spec carries exactly those.
        InputImageTokenRule rule = GptImage1Rule();
        Assert.Equal((65, 129, 512, 512, 2048), (rule.BaseTokens, rule.TileTokens, rule.TileSize, rule.ShortSide, rule.FitWithin));
    }

    [Fact]
    public void Input_tokens_never_exceed_the_documented_maximum_for_any_declared_dimensions()
    {
        InputImageTokenRule rule = GptImage1Rule();
        var sides = Gen.OneOf(Gen.Choose(1, 4096), Gen.Choose(1, int.MaxValue), Gen.Elements(1, 2, 511, 512, 513, 2047, 2048, 2049, 65535, int.MaxValue));
        var dimensions = sides.SelectMany(w => sides.Select(h => (Width: w, Height: h))).ToArbitrary();

        var property = Prop.ForAll(dimensions, d =>
        {
            int tokens = CostCalculator.InputImageTokens(rule, d.Width, d.Height);
            return tokens >= 65 + 129 && tokens <= MaxTokensPerImage;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000).WithQuietOnSuccess(true), property);
    }

    [Theory]
    [InlineData(65535, 1)]
    [InlineData(int.MaxValue, 1)]
    [InlineData(1, int.MaxValue)]
    [InlineData(2048, 1)]
    public void Degenerate_dimensions_cost_at_most_a_2048x512_image(int width, int height)
        => Assert.Equal(MaxTokensPerImage, CostCalculator.InputImageTokens(GptImage1Rule(), width, height));

    [Fact]
    public void An_estimate_for_any_declared_dimensions_within_the_ceiling_is_bounded()
    {
        var side = Gen.Choose(1, SafetyCeiling);
        var dimensions = side.SelectMany(w => side.Select(h => (Width: w, Height: h))).ToArbitrary();
        decimal bound = (MaxTokensPerImage * 10m / 1_000_000m) + (272 * 40m / 1_000_000m); // gpt-image-1 image input $10/M, low 1024x1024 output

        var property = Prop.ForAll(dimensions, d =>
        {
            var request = new GptImage1.EditRequest("x", ImageFile.FromBytes(PngHeader(d.Width, d.Height)))
            {
                Quality = GptImage1.Quality.Low,
                Size = GptImage1.Size.W1024xH1024,
            };
            CostEstimate cost = request.EstimateCost(promptTokens: 0);
            return cost.InputImageTokens <= MaxTokensPerImage && cost.MaxUsd <= bound;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true), property);
    }

    private static InputImageTokenRule GptImage1Rule()
        => ImageContract.Catalog.Find("gpt-image-1")?.Pricing?.InputImage ?? throw new InvalidOperationException("gpt-image-1 has no input-image rule in the spec");
}
