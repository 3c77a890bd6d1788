namespace ImageContracts.Cli.Wire;

/// <summary>The endpoint names of the dictionary entry point (<c>ContractCatalog.Validate(endpoint, ...)</c>) and the
/// request line a command prints: both forms of an edit are <c>edits</c>, told apart by their body.</summary>
internal static class EndpointNames
{
    public static string Name(ImageEndpoint endpoint) => endpoint == ImageEndpoint.JsonEdits ? "edits" : WireValue.Endpoint(endpoint);

    /// <summary><c>POST /images/edits (multipart)</c>.</summary>
    public static string RequestLine(ImageEndpoint endpoint) => "POST /images/" + Name(endpoint) + endpoint switch
    {
        ImageEndpoint.JsonEdits => " (JSON)",
        ImageEndpoint.Edits or ImageEndpoint.Variations => " (multipart)",
        _ => "",
    };

    /// <summary>Parses <c>generations</c>, <c>edits</c> or <c>variations</c> given on the command line.</summary>
    public static ImageEndpoint Parse(string option, string name) => name.ToLowerInvariant() switch
    {
        "generations" => ImageEndpoint.Generations,
        "edits" => ImageEndpoint.Edits,
        "variations" => ImageEndpoint.Variations,
        _ => throw new UsageException(option + " '" + name + "' is not one of: generations, edits, variations."),
    };
}
