using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ImageContracts;

/// <summary>Conversions between .NET values and wire strings, shared by the runtime and generated code.</summary>
public static class WireValue
{
    /// <summary>A size string <c>WIDTHxHEIGHT</c>, e.g. <c>1024x1536</c>.</summary>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static string Size(int width, int height) =>
        string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");

    /// <summary>Parses <c>WIDTHxHEIGHT</c> (lower-case <c>x</c>, positive decimal integers without signs or spaces).</summary>
    /// <param name="value">The size string.</param>
    /// <param name="width">The parsed width.</param>
    /// <param name="height">The parsed height.</param>
    /// <returns>True when <paramref name="value"/> is a well-formed size.</returns>
    public static bool TryParseSize(string? value, out int width, out int height)
        => SizeText.TryParse(value, out width, out height);

    /// <summary>The wire text of a generated enum value: its position in the model's list of wire texts.</summary>
    /// <param name="texts">The wire texts in the enum's order.</param>
    /// <param name="value">The enum value as an integer.</param>
    /// <param name="parameter">The parameter's wire name, for the error message.</param>
    /// <param name="model">The model id, for the error message.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the enum's members.</exception>
    public static string Text(string[] texts, int value, string parameter, string model)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return (uint)value < (uint)texts.Length
            ? texts[value]
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {parameter} value that {model} accepts; allowed: {string.Join(", ", texts)}.");
    }

    /// <summary>Finds wire text among a generated enum's wire texts (ordinal, exact).</summary>
    /// <param name="texts">The wire texts in the enum's order.</param>
    /// <param name="text">The text to find.</param>
    /// <param name="index">Its position (the enum value), or 0 when absent.</param>
    /// <returns>True when found.</returns>
    public static bool TryFind(string[] texts, string? text, out int index)
    {
        ArgumentNullException.ThrowIfNull(texts);
        index = text is null ? -1 : Array.IndexOf(texts, text);
        if (index < 0)
        {
            index = 0;
            return false;
        }

        return true;
    }

    /// <summary>Finds wire text among a generated enum's wire texts (ordinal, exact) and gives the enum value at that position.</summary>
    /// <typeparam name="TEnum">The generated enum (its values are the positions, as <see cref="int"/>).</typeparam>
    /// <param name="texts">The wire texts in the enum's order.</param>
    /// <param name="text">The text to find.</param>
    /// <param name="value">The enum value, or its first value when absent.</param>
    /// <returns>True when found.</returns>
    public static bool TryFind<TEnum>(string[] texts, string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        // The generated enums are int-backed; reading the position as the enum is then exact.
        if (Unsafe.SizeOf<TEnum>() != sizeof(int))
        {
            throw new ArgumentException($"{typeof(TEnum).Name} is not an int-backed enum.", nameof(value));
        }

        var found = TryFind(texts, text, out int index);
        value = Unsafe.As<int, TEnum>(ref index);
        return found;
    }

    /// <summary>An integer in invariant form.</summary>
    /// <param name="value">The value.</param>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A boolean as <c>true</c> / <c>false</c> (multipart form fields).</summary>
    /// <param name="value">The value.</param>
    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>The lower-case format name: <c>png</c>, <c>jpeg</c>, <c>webp</c>, <c>gif</c> or <c>unknown</c>.</summary>
    /// <param name="format">The format.</param>
    public static string Format(ImageFormat format) => format switch
    {
        ImageFormat.Png => "png",
        ImageFormat.Jpeg => "jpeg",
        ImageFormat.Webp => "webp",
        ImageFormat.Gif => "gif",
        _ => "unknown",
    };

    /// <summary>The MIME type for a format (<c>application/octet-stream</c> when unknown).</summary>
    /// <param name="format">The format.</param>
    public static string ContentType(ImageFormat format) => format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Webp => "image/webp",
        ImageFormat.Gif => "image/gif",
        _ => "application/octet-stream",
    };

    /// <summary>The usual file extension without dot: <c>png</c>, <c>jpg</c>, <c>webp</c>, <c>gif</c>, <c>bin</c>.</summary>
    /// <param name="format">The format.</param>
    public static string FileExtension(ImageFormat format) => format switch
    {
        ImageFormat.Png => "png",
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Webp => "webp",
        ImageFormat.Gif => "gif",
        _ => "bin",
    };

    /// <summary>The spec id of an endpoint: <c>generations</c>, <c>edits</c>, <c>json-edits</c>, <c>variations</c>, <c>responses</c>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    public static string Endpoint(ImageEndpoint endpoint) => EndpointIds.Of(endpoint);

    /// <summary>Parses a spec endpoint id (see <see cref="Endpoint(ImageEndpoint)"/>), ordinal.</summary>
    /// <param name="value">The id.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>True when recognised.</returns>
    public static bool TryParseEndpoint(string? value, out ImageEndpoint endpoint) => EndpointIds.TryParse(value, out endpoint);
}
