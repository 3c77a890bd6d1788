namespace ImageContracts;

/// <summary>One part recorded by a <see cref="MultipartWriter"/>: a text field or a file.</summary>
public sealed class MultipartPart
{
    internal MultipartPart(string name, string? value, ImageFile? file, string? fileName)
    {
        Name = name;
        Value = value;
        File = file;
        FileName = fileName;
    }

    /// <summary>The form field name, e.g. <c>prompt</c> or <c>image[]</c>.</summary>
    public string Name { get; }

    /// <summary>The text value, or null for a file part.</summary>
    public string? Value { get; }

    /// <summary>The file, or null for a text part.</summary>
    public ImageFile? File { get; }

    /// <summary>The file name sent in Content-Disposition, or null for a text part.</summary>
    public string? FileName { get; }

    /// <summary>True for a file part.</summary>
    public bool IsFile => File is not null;

    /// <summary>Describes the part without printing file bytes.</summary>
    public override string ToString() => File is null ? Name + "=" + Value : Name + "=" + File.ToString();
}
