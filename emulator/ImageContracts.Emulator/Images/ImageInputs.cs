using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts.Emulator;

/// <summary>The image bytes an edit, variation or Responses turn starts from, resolved from multipart files, file ids
/// (the emulator's file store) and base64 data URLs. Remote http(s) URLs cannot be fetched offline: they count as
/// input without content.</summary>
internal sealed class ImageInputs
{
    public List<ImageFile> Images { get; } = new();

    public ImageFile? Mask { get; set; }

    public ImageFile? Markup { get; set; }

    /// <summary>The inputs decoded at the output size, filled once by <see cref="EditCanvas"/>.</summary>
    public (byte[] Base, byte[]? Mask)? Canvas { get; set; }

    /// <summary>Adds the value of an image parameter: <see cref="ImageFile"/>, <see cref="ImageReference"/> or a list
    /// of them. Returns an error message when a reference cannot be resolved.</summary>
    public static string? Resolve(EmulatorFileStore files, object? value, Action<ImageFile> add)
    {
        switch (value)
        {
            case null:
                return null;
            case ImageFile file:
                add(file);
                return null;
            case ImageReference reference:
                ImageFile? resolved = Resolve(files, reference, out string? error);
                if (resolved is not null)
                {
                    add(resolved);
                }

                return error;
            case System.Collections.IEnumerable list and not string:
                return list.Cast<object?>().Select(item => Resolve(files, item, add)).FirstOrDefault(e => e is not null);
            default:
                return null;
        }
    }

    private static ImageFile? Resolve(EmulatorFileStore files, ImageReference reference, out string? error)
    {
        error = null;
        if (reference.FileId is { } id)
        {
            if (files.Find(id) is { } stored)
            {
                return ImageFile.FromBytes(stored.Content, stored.FileName);
            }

            error = $"No file with id '{id}' was found.";
            return null;
        }

        if (reference.IsDataUrl)
        {
            string url = reference.Url!;
            int comma = url.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && url[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    return ImageFile.FromBytes(Convert.FromBase64String(url[(comma + 1)..]));
                }
                catch (FormatException)
                {
                    // reported below
                }
            }

            error = "The image data URL is not valid base64 (expected data:image/...;base64,...).";
        }

        return null;
    }
}
