using System.Globalization;
using System.Linq;

namespace ImageContracts;

/// <summary>Image files: count, format, byte size, readability, dimensions, squareness and alpha.</summary>
internal sealed partial class ValidationRun
{
    private void CheckFiles()
    {
        foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
        {
            if (value.Files is not { } files)
            {
                continue;
            }

            string wire = parameter.WireName;
            bool list = parameter.Kind is ParameterKind.Images or ParameterKind.ImageReferences;
            int maxCount = parameter.File?.MaxCount ?? (list ? int.MaxValue : 1);
            if (files.Count > maxCount)
            {
                Error(wire, ValidationCodes.TooManyFiles, string.Create(CultureInfo.InvariantCulture,
                    $"'{wire}' has {files.Count} images; {Model} accepts at most {maxCount}."));
            }

            if (parameter.File is not { } contract)
            {
                continue;
            }

            for (int i = 0; i < files.Count; i++)
            {
                string label = files.Count == 1
                    ? $"'{wire}'"
                    : string.Create(CultureInfo.InvariantCulture, $"'{wire}' image {i + 1} of {files.Count}");
                CheckFile(wire, label, files[i], contract);
            }
        }
    }

    private void CheckFile(string wire, string label, FileItem file, FileContract contract)
    {
        if (file.Info is not ImageInfo info)
        {
            return; // URL or file id: nothing to inspect
        }

        bool formatReported = false;
        if (contract.Formats.Count > 0 && !contract.Formats.Contains(info.Format))
        {
            string accepted = string.Join(", ", contract.Formats.Select(WireValue.Format));
            string actual = info.Format == ImageFormat.Unknown ? "not a recognised image format" : WireValue.Format(info.Format);
            Error(wire, ValidationCodes.FileFormat, $"{label} is {actual}; {Model} accepts {accepted}.");
            formatReported = true;
        }

        if (contract.MaxBytes is long maxBytes && file.Length is long length && length >= maxBytes)
        {
            Error(wire, ValidationCodes.FileTooLarge,
                $"{label} is {ByteSize.Megabytes(length)} MB ({ValueReader.Thousands(length)} bytes); {Model} needs less than {ByteSize.Megabytes(maxBytes)} MB.");
        }

        if (!info.IsValid)
        {
            if (!formatReported)
            {
                Error(wire, ValidationCodes.FileUnreadable,
                    $"{label} could not be read: the {WireValue.Format(info.Format)} header is truncated or corrupt.");
            }

            return;
        }

        if (contract.ExceedsMaxEdge(info))
        {
            // Checked before any cost is estimated: the token formula would otherwise price dimensions no real image has.
            string ceiling = contract.MaxEdgeConfirmed ? "." : " (ImageContracts' safety ceiling: no source documents the API's limit).";
            Error(wire, ValidationCodes.FileDimensions, string.Create(CultureInfo.InvariantCulture,
                $"{label} declares {info.Width}x{info.Height} pixels; {Model} accepts at most {contract.MaxEdge} pixels on either side{ceiling}"));
        }

        if (contract.RequireSquare && info.Width != info.Height)
        {
            Error(wire, ValidationCodes.FileNotSquare, string.Create(CultureInfo.InvariantCulture,
                $"{label} is {info.Width}x{info.Height}; {Model} needs a square image."));
        }

        if (contract.RequireAlpha && !info.HasAlpha)
        {
            Error(wire, ValidationCodes.MaskNoAlpha, wire == "mask"
                ? $"{label} has no alpha channel; the fully transparent areas (alpha = 0) of the mask mark where to edit."
                : $"{label} has no alpha channel; {Model} needs a PNG with transparent pixels for '{wire}'.");
        }
    }
}
