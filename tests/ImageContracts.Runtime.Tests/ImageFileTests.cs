using ImageContracts.Runtime.Tests.Support;

namespace ImageContracts.Runtime.Tests;

public class ImageFileTests
{
    [Fact]
    public void From_bytes_inspects_lazily_and_reports_header_facts()
    {
        ImageFile file = ImageFile.FromBytes(TestImages.Png(1024, 1536, 6), "cat.png");

        Assert.Equal(ImageFormat.Png, file.Format);
        Assert.Equal(1024, file.Width);
        Assert.Equal(1536, file.Height);
        Assert.True(file.HasAlpha);
        Assert.Equal("cat.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
    }

    [Theory]
    [InlineData("png", "image/png", "image.png")]
    [InlineData("jpeg", "image/jpeg", "image.jpg")]
    [InlineData("webp", "image/webp", "image.webp")]
    [InlineData("gif", "image/gif", "image.gif")]
    [InlineData("garbage", "application/octet-stream", "image.bin")]
    public void Content_type_and_default_file_name_follow_the_detected_format(string kind, string contentType, string fileName)
    {
        byte[] bytes = kind switch
        {
            "png" => TestImages.Png(4, 4),
            "jpeg" => TestImages.Jpeg(4, 4),
            "webp" => TestImages.WebpVp8(4, 4),
            "gif" => TestImages.Gif(4, 4),
            _ => TestImages.Garbage(),
        };

        ImageFile file = ImageFile.FromBytes(bytes);

        Assert.Equal(contentType, file.ContentType);
        Assert.Equal(fileName, file.EffectiveFileName);
    }

    [Fact]
    public void To_string_shows_format_dimensions_and_size_but_never_bytes()
    {
        byte[] bytes = TestImages.PngOfLength(1024, 1024, 1_258_291);

        ImageFile file = ImageFile.FromBytes(bytes);

        Assert.Equal("ImageFile(png, 1024x1024, 1.2 MB)", file.ToString());
        Assert.Equal("ImageFile(x.png, png, 1024x1024, 1.2 MB)", ImageFile.FromBytes(bytes, "x.png").ToString());
        Assert.Equal("ImageFile(unknown, unreadable, 64 B)", ImageFile.FromBytes(TestImages.Garbage()).ToString());
        Assert.Equal("ImageFile(jpeg, 4x4, 1.4 KB)", ImageFile.FromBytes(TestImages.Jpeg(4, 4).Concat(new byte[1400]).ToArray()).ToString());
    }

    [Fact]
    public void From_read_only_memory_keeps_the_slice()
    {
        byte[] padded = new byte[5].Concat(TestImages.Gif(7, 9)).ToArray();

        ImageFile file = ImageFile.FromBytes(padded.AsMemory(5));

        Assert.Equal((ImageFormat.Gif, 7, 9), (file.Format, file.Width, file.Height));
        Assert.Equal(padded.Length - 5, file.Length);
    }

    [Fact]
    public async Task From_file_sync_and_async_read_bytes_and_name()
    {
        string directory = Path.Combine(Path.GetTempPath(), "imagecontracts-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string path = Path.Combine(directory, "photo.jpg");
            await File.WriteAllBytesAsync(path, TestImages.Jpeg(800, 600));

            ImageFile sync = ImageFile.FromFile(path);
            ImageFile async = await ImageFile.FromFileAsync(path);

            foreach (ImageFile file in new[] { sync, async })
            {
                Assert.Equal("photo.jpg", file.FileName);
                Assert.Equal((ImageFormat.Jpeg, 800, 600), (file.Format, file.Width, file.Height));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Image_reference_from_url_and_file_id_set_exactly_one()
    {
        ImageReference url = ImageReference.FromUrl("https://example.com/a.png");
        ImageReference file = ImageReference.FromFileId("file-abc");

        Assert.Equal(("https://example.com/a.png", (string?)null), (url.Url, url.FileId));
        Assert.Equal(((string?)null, "file-abc"), (file.Url, file.FileId));
        Assert.Throws<ArgumentException>(() => ImageReference.FromUrl(" "));
        Assert.Throws<ArgumentException>(() => ImageReference.FromFileId(""));
    }

    [Fact]
    public void Image_reference_from_data_url_builds_a_base64_data_url()
    {
        byte[] png = TestImages.Png(2, 2);

        ImageReference detected = ImageReference.FromDataUrl(png);
        ImageReference explicitType = ImageReference.FromDataUrl(png, "image/x-custom");

        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), detected.Url);
        Assert.StartsWith("data:image/x-custom;base64,", explicitType.Url);
        Assert.True(detected.IsDataUrl);
        Assert.Null(detected.FileId);
        Assert.Equal(detected.Url, ImageReference.FromDataUrl(ImageFile.FromBytes(png)).Url);
    }

    [Fact]
    public void Image_reference_to_string_never_prints_base64()
    {
        byte[] png = TestImages.PngOfLength(2, 2, 2048);

        string text = ImageReference.FromDataUrl(png).ToString();

        Assert.Equal("ImageReference(data:image/png;base64, 2 KB)", text);
        Assert.DoesNotContain(Convert.ToBase64String(png).Substring(0, 12), text);
        Assert.Equal("ImageReference(file_id file-1)", ImageReference.FromFileId("file-1").ToString());
    }

    [Fact]
    public void Image_reference_writes_image_ref_json()
    {
        Assert.Equal("{\"image_url\":\"https://x/y.png\"}", Json(ImageReference.FromUrl("https://x/y.png")));
        Assert.Equal("{\"file_id\":\"file-9\"}", Json(ImageReference.FromFileId("file-9")));
    }

    private static string Json(ImageReference reference)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            reference.WriteJson(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
