using ImageContracts.Runtime.Tests.Support;
using static ImageContracts.Runtime.Tests.Support.TestContracts;

namespace ImageContracts.Runtime.Tests;

public class FileValidationTests
{
    private static readonly byte[] Square = TestImages.Png(1024, 1024);

    [Fact]
    public void Accepted_files_in_every_supported_form()
    {
        object[] forms =
        {
            ImageFile.FromBytes(Square),
            Square,
            new ReadOnlyMemory<byte>(Square),
            new[] { ImageFile.FromBytes(Square), ImageFile.FromBytes(TestImages.Jpeg(1024, 1536)) },
            new List<byte[]> { Square, TestImages.WebpVp8(512, 512) },
            new object[] { Square, ImageFile.FromBytes(Square) },
        };

        foreach (object image in forms)
        {
            ValidationResult result = Validate(GptImage1Edits, ("prompt", "x"), ("image", image));
            Assert.True(result.IsValid, image.GetType().Name + ": " + result);
        }
    }

    [Fact]
    public void Wrong_element_types_are_invalid_type()
    {
        Assert.Equal(new[] { "invalid_type" }, Codes(Validate(GptImage1Edits, ("prompt", "x"), ("image", "cat.png"))));
        Assert.Equal(new[] { "invalid_type" }, Codes(Validate(GptImage1Edits, ("prompt", "x"), ("image", new object[] { Square, 3 }))));
        Assert.Equal(new[] { "invalid_type" }, Codes(Validate(GptImage1Edits, ("prompt", "x"), ("image", ImageReference.FromFileId("file-1")))));
    }

    [Fact]
    public void Too_many_files()
    {
        byte[][] seventeen = Enumerable.Repeat(Square, 17).ToArray();

        ValidationFinding error = Assert.Single(Validate(GptImage1Edits, ("prompt", "x"), ("image", seventeen)).Errors);
        Assert.Equal(("image", "too_many_files"), (error.Parameter, error.Code));
        Assert.Contains("at most 16", error.Message);
        Assert.True(Validate(GptImage1Edits, ("prompt", "x"), ("image", seventeen.Take(16).ToArray())).IsValid);
        Assert.Equal(new[] { "too_many_files" }, Codes(Validate(DallE2Variations, ("image", new[] { Square, Square }))));
    }

    [Fact]
    public void File_format_by_magic_number()
    {
        ValidationResult gif = Validate(GptImage1Edits, ("prompt", "x"), ("image", ImageFile.FromBytes(TestImages.Gif(64, 64), "fake.png")));
        ValidationFinding error = Assert.Single(gif.Errors);
        Assert.Equal(("image", "file_format"), (error.Parameter, error.Code));
        Assert.Contains("is gif; gpt-image-1 accepts png, jpeg, webp", error.Message);

        Assert.Equal(new[] { "file_format" }, Codes(Validate(DallE2Variations, ("image", TestImages.Jpeg(256, 256)))));
        Assert.Equal(new[] { "file_format" }, Codes(Validate(DallE2Variations, ("image", TestImages.Garbage()))));
        Assert.True(Validate(DallE2Variations, ("image", TestImages.Png(256, 256))).IsValid);
    }

    [Fact]
    public void File_too_large_reports_size_and_limit_in_mb()
    {
        byte[] atLimit = TestImages.PngOfLength(256, 256, (int)(4 * Mb));
        byte[] belowLimit = TestImages.PngOfLength(256, 256, (int)(4 * Mb) - 1);

        ValidationFinding error = Assert.Single(Validate(DallE2Variations, ("image", atLimit)).Errors);
        Assert.Equal(("image", "file_too_large"), (error.Parameter, error.Code));
        Assert.Contains("4 MB (4,194,304 bytes)", error.Message);
        Assert.Contains("less than 4 MB", error.Message);
        Assert.True(Validate(DallE2Variations, ("image", belowLimit)).IsValid);
    }

    [Fact]
    public void File_not_square()
    {
        ValidationFinding error = Assert.Single(Validate(DallE2Variations, ("image", TestImages.Png(512, 256))).Errors);

        Assert.Equal(("image", "file_not_square"), (error.Parameter, error.Code));
        Assert.Contains("512x256", error.Message);
        Assert.True(Validate(GptImage1Edits, ("prompt", "x"), ("image", TestImages.Png(512, 256))).IsValid);
    }

    [Fact]
    public void Mask_without_alpha()
    {
        ValidationResult noAlpha = Validate(GptImage1Edits, ("prompt", "x"), ("image", Square), ("mask", TestImages.Png(1024, 1024, colourType: 2)));

        Assert.Equal(new[] { "mask_no_alpha" }, Codes(noAlpha));
        Assert.Equal("mask", noAlpha.Errors[0].Parameter);
        Assert.True(Validate(GptImage1Edits, ("prompt", "x"), ("image", Square), ("mask", TestImages.Png(1024, 1024, colourType: 6))).IsValid);
        Assert.True(Validate(GptImage1Edits, ("prompt", "x"), ("image", Square), ("mask", TestImages.Png(1024, 1024, colourType: 2, trns: true))).IsValid);
    }

    [Fact]
    public void Unreadable_header()
    {
        byte[] truncated = TestImages.Png(1024, 1024).AsSpan(0, 20).ToArray();

        ValidationFinding error = Assert.Single(Validate(GptImage1Edits, ("prompt", "x"), ("image", truncated)).Errors);

        Assert.Equal(("image", "file_unreadable"), (error.Parameter, error.Code));
        Assert.Contains("png header", error.Message);
    }

    [Fact]
    public void Several_files_are_labelled_by_position()
    {
        ValidationResult result = Validate(GptImage1Edits, ("prompt", "x"), ("image", new[] { Square, TestImages.Gif(8, 8) }));

        ValidationFinding error = Assert.Single(result.Errors);
        Assert.StartsWith("'image' image 2 of 2 is gif", error.Message);
    }

    [Fact]
    public void References_with_bytes_are_inspected_and_others_are_not()
    {
        ValidationResult gifDataUrl = Validate(GptImage1JsonEdits, ("prompt", "x"), ("images", new[] { ImageReference.FromDataUrl(TestImages.Gif(8, 8)) }));
        Assert.Equal(new[] { "file_format" }, Codes(gifDataUrl));

        string handMadeDataUrl = "data:image/gif;base64," + Convert.ToBase64String(TestImages.Gif(8, 8));
        Assert.Equal(new[] { "file_format" }, Codes(Validate(GptImage1JsonEdits, ("prompt", "x"), ("images", ImageReference.FromUrl(handMadeDataUrl)))));

        var remote = new[] { ImageReference.FromUrl("https://example.com/a.gif"), ImageReference.FromFileId("file-1") };
        Assert.True(Validate(GptImage1JsonEdits, ("prompt", "x"), ("images", remote)).IsValid);
        Assert.True(Validate(GptImage1JsonEdits, ("prompt", "x"), ("images", ImageFile.FromBytes(Square))).IsValid);
    }

    [Fact]
    public void Messages_never_contain_file_bytes()
    {
        byte[] gif = TestImages.Gif(8, 8);
        ValidationResult result = Validate(GptImage1JsonEdits,
            ("prompt", "x"),
            ("images", new[] { ImageReference.FromDataUrl(gif) }),
            ("mask", ImageReference.FromDataUrl(TestImages.Png(8, 8))));

        string text = result.ToString();
        Assert.Contains("file_format", text);
        Assert.Contains("mask_no_alpha", text);
        Assert.DoesNotContain(Convert.ToBase64String(gif).Substring(0, 8), text);
        Assert.DoesNotContain("iVBOR", text); // base64 of the PNG signature
        Assert.DoesNotContain("GIF89a", text);
    }
}
