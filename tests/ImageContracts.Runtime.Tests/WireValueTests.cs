namespace ImageContracts.Runtime.Tests;

public class WireValueTests
{
    [Fact]
    public void Size_formats_and_parses()
    {
        Assert.Equal("1536x1024", WireValue.Size(1536, 1024));
        Assert.True(WireValue.TryParseSize("3840x2160", out int w, out int h));
        Assert.Equal((3840, 2160), (w, h));
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("1024X1024")]
    [InlineData("0x1024")]
    [InlineData("-16x16")]
    [InlineData("16x")]
    [InlineData("x16")]
    [InlineData(" 16x16")]
    [InlineData("1234567890x16")]
    [InlineData(null)]
    public void Malformed_sizes_do_not_parse(string? value)
    {
        Assert.False(WireValue.TryParseSize(value, out _, out _));
    }

    [Fact]
    public void Endpoint_ids_round_trip()
    {
        foreach (ImageEndpoint endpoint in Enum.GetValues<ImageEndpoint>())
        {
            Assert.True(WireValue.TryParseEndpoint(WireValue.Endpoint(endpoint), out ImageEndpoint parsed));
            Assert.Equal(endpoint, parsed);
        }

        Assert.Equal("json-edits", WireValue.Endpoint(ImageEndpoint.JsonEdits));
        Assert.False(WireValue.TryParseEndpoint("Edits", out _));
    }

    [Fact]
    public void Scalars_use_invariant_wire_forms()
    {
        Assert.Equal("true", WireValue.Boolean(true));
        Assert.Equal("-12", WireValue.Integer(-12));
        Assert.Equal("jpeg", WireValue.Format(ImageFormat.Jpeg));
        Assert.Equal("jpg", WireValue.FileExtension(ImageFormat.Jpeg));
    }

    private enum Shade
    {
        Light,
        Dark,
    }

    private enum ByteShade : byte
    {
        Light,
    }

    [Fact]
    public void Generated_enum_values_are_found_by_their_wire_text()
    {
        string[] texts = ["light", "dark"];
        Assert.True(WireValue.TryFind(texts, "dark", out Shade dark));
        Assert.Equal(Shade.Dark, dark);
        Assert.False(WireValue.TryFind(texts, "Dark", out Shade missing));
        Assert.Equal(Shade.Light, missing);
        Assert.False(WireValue.TryFind(texts, null, out Shade none));
        Assert.Equal(Shade.Light, none);
        Assert.Throws<ArgumentException>(() => WireValue.TryFind(texts, "light", out ByteShade _));
    }
}
