using System;
using System.Collections.Generic;
using System.Globalization;

namespace ImageContracts.Emulator;

/// <summary>What the emulator renders for a validated call: given values, else the contract's defaults, with the
/// API's <c>auto</c> choices made (size from the first input's shape, quality medium, background opaque).</summary>
internal sealed record OutputSettings
{
    public int Width { get; init; } = 1024;

    public int Height { get; init; } = 1024;

    public string Size => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}");

    public string Quality { get; init; } = "medium";

    /// <summary>png, jpeg, webp, gif or svg.</summary>
    public string Format { get; init; } = "png";

    /// <summary>transparent or opaque.</summary>
    public string Background { get; init; } = "opaque";

    public int Compression { get; init; } = 100;

    public int N { get; init; } = 1;

    public int PartialImages { get; init; }

    public int FrameCount { get; init; } = 9;

    public int FrameDurationMs { get; init; } = 200;

    public bool Transparent => Background == "transparent";

    public string ContentType => Format switch
    {
        "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        _ => "image/png",
    };

    public static OutputSettings From(EndpointContract contract, IReadOnlyDictionary<string, object?> values, (int Width, int Height)? firstInput)
    {
        string Text(string name, string fallback) => Effective(contract, values, name) is string s ? s : fallback;
        int Number(string name, int fallback) => Effective(contract, values, name) switch
        {
            long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
            int i => i,
            string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) => parsed,
            _ => fallback,
        };

        (int width, int height) = ChooseSize(Text("size", "auto"), firstInput);
        string quality = Text("quality", "auto");
        string background = Text("background", "auto");
        return new OutputSettings
        {
            Width = width,
            Height = height,
            Quality = quality == "auto" ? "medium" : quality,
            Format = Text("output_format", "png"),
            Background = background == "transparent" ? "transparent" : "opaque",
            Compression = Number("output_compression", 100),
            N = Math.Max(1, Number("n", 1)),
            PartialImages = Math.Max(0, Number("partial_images", 0)),
            FrameCount = Math.Max(1, Number("frame_count", 9)),
            FrameDurationMs = Math.Max(10, Number("frame_duration_ms", 200)),
        };
    }

    private static object? Effective(EndpointContract contract, IReadOnlyDictionary<string, object?> values, string name)
        => values.GetValueOrDefault(name) ?? contract.FindParameter(name)?.Default;

    /// <summary><c>auto</c>: the standard size closest to the first input image's shape (square for generations).</summary>
    private static (int, int) ChooseSize(string size, (int Width, int Height)? firstInput)
    {
        if (size != "auto" && WireValue.TryParseSize(size, out int w, out int h))
        {
            return (w, h);
        }

        if (firstInput is { } input && input.Width > input.Height * 1.2)
        {
            return (1536, 1024);
        }

        return firstInput is { } tall && tall.Height > tall.Width * 1.2 ? (1024, 1536) : (1024, 1024);
    }
}
