using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Helpers;
using ImageContracts.Generator.Shared;

namespace ImageContracts.Generator.Model;

/// <summary>A parameter as one model accepts it on one endpoint.</summary>
internal sealed record ParameterSpec(
    string Wire,
    string Name,
    string Type,
    string? Doc,
    bool Required,
    string? Default,
    EquatableArray<ValueSpec> Values,
    long? Minimum,
    long? Maximum,
    int? MinLength,
    int? MaxLength,
    FreeFormSizeSpec? FreeForm,
    FileSpec? File,
    bool Confirmed,
    string? Note,
    string Source)
{
    public bool IsFile => Type is ParameterTypes.Image or ParameterTypes.Images;

    public bool IsReference => Type is ParameterTypes.ImageRef or ParameterTypes.ImageRefs or ParameterTypes.MaskRef;

    /// <summary>A list-typed parameter that may hold more than one item.</summary>
    public bool IsList => (Type is ParameterTypes.Images or ParameterTypes.ImageRefs) && (File?.MaxCount ?? 2) != 1;
}

internal sealed record ValueSpec(string Value, string MemberName, string Status, string? Note, string? Source);

internal sealed record FreeFormSizeSpec(int MultipleOf, int MaxEdge, double MaxAspectRatio, long MinPixels, long MaxPixels, long? ExperimentalAbovePixels, bool Confirmed, string Source)
{
    /// <summary>Every constraint a WIDTHxHEIGHT size breaks, in the runtime's words: the rules are the runtime's own.</summary>
    public List<string> Problems(int width, int height)
        => FreeFormSizeRules.FindProblems(width, height, MultipleOf, MaxEdge, MaxAspectRatio, MinPixels, MaxPixels).Select(p => p.Message).ToList();
}

internal sealed record FileSpec(EquatableArray<string> Formats, long? MaxBytes, int MaxCount, bool Square, bool Alpha, string Source)
{
    /// <summary>The longest side an input image may declare (null: no limit), and whether a source gives it.</summary>
    public FileDimensionsSpec? Dimensions { get; init; }
}

internal sealed record FileDimensionsSpec(int MaxEdge, bool Confirmed, string Source);

/// <summary>Wire parameter types the spec knows.</summary>
internal static class ParameterTypes
{
    public const string String = "string";
    public const string Integer = "integer";
    public const string Boolean = "boolean";
    public const string Size = "size";
    public const string Image = "image";
    public const string Images = "images";
    public const string ImageRef = "image-ref";
    public const string ImageRefs = "image-refs";
    public const string MaskRef = "mask-ref";

    public static readonly string[] All = { String, Integer, Boolean, Size, Image, Images, ImageRef, ImageRefs, MaskRef };
}
