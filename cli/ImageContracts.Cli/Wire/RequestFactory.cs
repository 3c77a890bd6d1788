using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ImageContracts.Http;

namespace ImageContracts.Cli.Wire;

/// <summary>
/// Turns command-line text into a <see cref="WireImageRequest"/>: each value gets the type the spec gives its wire name
/// (integer, boolean, file, text); a name the spec does not know is sent as the JSON its text reads as (number,
/// boolean, object) or as text, and validation reports it.
/// </summary>
internal sealed class RequestFactory
{
    private readonly ContractCatalog _catalog;
    private readonly Dictionary<string, ParameterKind> _kinds = new(StringComparer.Ordinal);

    public RequestFactory(ContractCatalog catalog)
    {
        _catalog = catalog;
        foreach (ParameterContract parameter in catalog.Models.SelectMany(m => m.Endpoints).SelectMany(e => e.Parameters))
        {
            _kinds.TryAdd(parameter.WireName, parameter.Kind);
        }
    }

    /// <summary>Builds the request for <paramref name="endpoint"/> (<see cref="ImageEndpoint.Edits"/> becomes
    /// <see cref="ImageEndpoint.JsonEdits"/> when every input image is a URL or file id).</summary>
    /// <param name="endpoint">Generations, Edits or Variations.</param>
    /// <param name="model">The model id.</param>
    /// <param name="arguments">The command line's values.</param>
    /// <param name="baseDirectory">Where relative file paths start.</param>
    public WireImageRequest Build(ImageEndpoint endpoint, string model, WireArguments arguments, string baseDirectory)
    {
        List<object> images = arguments.Images.Select(i => ReadImage("--image", i, baseDirectory)).ToList();
        if (endpoint == ImageEndpoint.Edits && images.Count > 0 && images.All(i => i is ImageReference))
        {
            endpoint = ImageEndpoint.JsonEdits;
        }
        else if (images.Any(i => i is ImageReference) && images.Any(i => i is ImageFile))
        {
            throw new UsageException("--image mixes local files with URLs or file ids; the API takes either files (multipart) or references (JSON), not both.");
        }

        var request = new WireImageRequest(model, endpoint, _catalog);
        if (arguments.Prompt is not null)
        {
            request.Set("prompt", arguments.Prompt);
        }

        foreach (object image in images)
        {
            if (image is ImageFile file)
            {
                request.Files.Add(file);
            }
            else
            {
                request.References.Add((ImageReference)image);
            }
        }

        foreach ((string name, string text) in arguments.Values)
        {
            if (name == "mask")
            {
                request.Mask = ReadImage("--mask", text, baseDirectory);
                continue;
            }

            request.Set(name, Convert(name, text, baseDirectory));
        }

        if (!request.Has("stream") && request.Fields.Any(f => f.Key == "partial_images" && f.Value is long n && n > 0))
        {
            request.Set("stream", true); // partial images only come over a stream
        }

        return request;
    }

    /// <summary>True when the request asks for a stream.</summary>
    public static bool Streams(WireImageRequest request) => request.Fields.Any(f => f.Key == "stream" && f.Value is true);

    private object? Convert(string name, string text, string baseDirectory)
    {
        if (_kinds.TryGetValue(name, out ParameterKind kind))
        {
            switch (kind)
            {
                case ParameterKind.Integer:
                    return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long integer) ? integer : text;
                case ParameterKind.Boolean:
                    return bool.TryParse(text, out bool flag) ? flag : text;
                case ParameterKind.String:
                case ParameterKind.Size:
                    return text;
                default:
                    return ReadImage(WireOptionNames.ToOption(name), text, baseDirectory);
            }
        }

        if (WireParameterOptions.FileParameters.Contains(name))
        {
            return ReadImage(WireOptionNames.ToOption(name), text, baseDirectory);
        }

        return Infer(text);
    }

    /// <summary>A value for a name the spec does not know: the JSON the text reads as, else the text.</summary>
    private static object Infer(string text)
    {
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long integer))
        {
            return integer;
        }

        if (bool.TryParse(text, out bool flag))
        {
            return flag;
        }

        if (text.StartsWith('{') || text.StartsWith('['))
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return text;
            }
        }

        return text;
    }

    /// <summary>A local file becomes an <see cref="ImageFile"/>; an http(s) or data URL or a <c>file-</c> id a reference.</summary>
    private static object ReadImage(string option, string value, string baseDirectory)
    {
        if (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return ImageReference.FromUrl(value);
        }

        string path = Path.GetFullPath(value, baseDirectory);
        if (File.Exists(path))
        {
            return ImageFile.FromFile(path);
        }

        if (value.StartsWith("file-", StringComparison.Ordinal))
        {
            return ImageReference.FromFileId(value);
        }

        throw new UsageException(option + ": no file '" + value + "' (looked at " + path + "). Give a file path, an https or data URL, or a file id (file-...).");
    }
}
