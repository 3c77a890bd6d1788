#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>The stable codes of <see cref="ValidationFinding.Code"/>. Rule violations use <c>rule:&lt;rule-id&gt;</c>
/// (see <see cref="RulePrefix"/>).</summary>
public static class ValidationCodes
{
    /// <summary>A parameter the model does not have on this endpoint.</summary>
    public const string UnknownParameter = "unknown_parameter";

    /// <summary>A parameter the API is documented to refuse for this model.</summary>
    public const string ParameterRejected = "parameter_rejected";

    /// <summary>A required parameter is missing.</summary>
    public const string MissingRequired = "missing_required";

    /// <summary>A value has the wrong .NET type for the parameter's wire type.</summary>
    public const string InvalidType = "invalid_type";

    /// <summary>A value is not one of the allowed values.</summary>
    public const string ValueNotAllowed = "value_not_allowed";

    /// <summary>Warning: the value is documented as preview.</summary>
    public const string PreviewValue = "preview_value";

    /// <summary>Warning: the value is deprecated.</summary>
    public const string DeprecatedValue = "deprecated_value";

    /// <summary>An integer is outside its allowed range.</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>A string is longer than allowed (UTF-16 code units).</summary>
    public const string TooLong = "too_long";

    /// <summary>A string is shorter than allowed (UTF-16 code units).</summary>
    public const string TooShort = "too_short";

    /// <summary>A free-form size edge is not a multiple of the required step.</summary>
    public const string SizeNotMultiple = "size_not_multiple";

    /// <summary>A free-form size edge is too long.</summary>
    public const string SizeEdge = "size_edge";

    /// <summary>A free-form size is too elongated.</summary>
    public const string SizeAspectRatio = "size_aspect_ratio";

    /// <summary>A free-form size has too few or too many pixels.</summary>
    public const string SizePixels = "size_pixels";

    /// <summary>Warning: a size above the experimental pixel threshold.</summary>
    public const string SizeExperimental = "size_experimental";

    /// <summary>More files than allowed.</summary>
    public const string TooManyFiles = "too_many_files";

    /// <summary>A file's format (by magic number) is not accepted.</summary>
    public const string FileFormat = "file_format";

    /// <summary>A file is not smaller than the byte limit.</summary>
    public const string FileTooLarge = "file_too_large";

    /// <summary>A file must be square but is not.</summary>
    public const string FileNotSquare = "file_not_square";

    /// <summary>A mask or markup image has no alpha channel.</summary>
    public const string MaskNoAlpha = "mask_no_alpha";

    /// <summary>A file's header could not be read.</summary>
    public const string FileUnreadable = "file_unreadable";

    /// <summary>An image's header declares a side longer than the model accepts (<see cref="FileContract.MaxEdge"/>).</summary>
    public const string FileDimensions = "file_dimensions";

    /// <summary>Prefix of rule codes: <c>rule:&lt;rule-id&gt;</c>.</summary>
    public const string RulePrefix = "rule:";

    /// <summary>Warning: support for the endpoint or parameter is UNCONFIRMED.</summary>
    public const string Unconfirmed = "unconfirmed";

    /// <summary>Warning: the model was shut down on or before the validation date.</summary>
    public const string ModelRetired = "model_retired";

    /// <summary>The model's shutdown is announced for a later date (a warning naming the date and the replacement).</summary>
    public const string ModelDeprecated = "model_deprecated";

    /// <summary>The model id is not in the catalog.</summary>
    public const string UnknownModel = "unknown_model";

    /// <summary>The model does not serve the endpoint.</summary>
    public const string EndpointNotSupported = "endpoint_not_supported";

    /// <summary>The Responses host model is an image model, which cannot host the tool.</summary>
    public const string HostNotSupported = "host_not_supported";

    /// <summary>Warning: the Responses host model is not documented as a host.</summary>
    public const string HostUnconfirmed = "host_unconfirmed";

    /// <summary>A raw request body is not a JSON object within the reader's limits (the message names the JSON path).</summary>
    public const string InvalidJson = "invalid_json";

    /// <summary>The endpoint name is not one the spec defines (catalog entry point).</summary>
    public const string UnknownEndpoint = "unknown_endpoint";

    /// <summary>No model was named, so the API's default model applies (a warning).</summary>
    public const string ModelDefaulted = "model_defaulted";

    /// <summary>No model given where the API reference asks for one explicitly (warning).</summary>
    public const string ModelNotSpecified = "model_not_specified";
}
