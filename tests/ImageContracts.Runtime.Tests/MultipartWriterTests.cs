using ImageContracts.Runtime.Tests.Support;

namespace ImageContracts.Runtime.Tests;

public class MultipartWriterTests
{
    [Fact]
    public void Records_parts_in_order_with_default_file_names()
    {
        var writer = new MultipartWriter()
            .AddText("model", "gpt-image-1")
            .AddFile("image[]", ImageFile.FromBytes(TestImages.Png(8, 8)))
            .AddFile("image[]", ImageFile.FromBytes(TestImages.Jpeg(8, 8)))
            .AddFile("mask", ImageFile.FromBytes(TestImages.Png(8, 8, 6), "my-mask.png"));

        Assert.Equal(new[] { "model", "image[]", "image[]", "mask" }, writer.Parts.Select(p => p.Name));
        Assert.Equal("gpt-image-1", writer.Parts[0].Value);
        Assert.False(writer.Parts[0].IsFile);
        Assert.Equal(new[] { null, "image.png", "image.jpg", "my-mask.png" }, writer.Parts.Select(p => p.FileName));
        Assert.True(writer.Parts[1].IsFile);
    }

    [Fact]
    public async Task To_content_writes_dispositions_and_content_types()
    {
        byte[] png = TestImages.Png(8, 8);
        var writer = new MultipartWriter()
            .AddText("prompt", "a cat, \"quoted\"")
            .AddFile("image[]", ImageFile.FromBytes(png))
            .AddFile("image[]", ImageFile.FromBytes(TestImages.WebpVp8(8, 8), "b.webp"));

        using System.Net.Http.MultipartFormDataContent content = writer.ToContent();
        string body = await content.ReadAsStringAsync();

        Assert.Contains("Content-Disposition: form-data; name=\"prompt\"\r\n", body);
        Assert.Contains("a cat, \"quoted\"", body);
        Assert.Contains("Content-Disposition: form-data; name=\"image[]\"; filename=\"image.png\"", body);
        Assert.Contains("Content-Type: image/png", body);
        Assert.Contains("Content-Disposition: form-data; name=\"image[]\"; filename=\"b.webp\"", body);
        Assert.Contains("Content-Type: image/webp", body);
        Assert.DoesNotContain("filename*", body);
        Assert.Equal(3, content.Count());
        byte[] raw = await content.ReadAsByteArrayAsync();
        Assert.True(raw.AsSpan().IndexOf(png) >= 0, "file bytes are embedded verbatim");
    }

    [Fact]
    public void Part_to_string_never_prints_bytes()
    {
        var writer = new MultipartWriter().AddFile("image", ImageFile.FromBytes(TestImages.Png(8, 8)));

        Assert.Equal("image=ImageFile(png, 8x8, 61 B)", writer.Parts[0].ToString());
    }
}
