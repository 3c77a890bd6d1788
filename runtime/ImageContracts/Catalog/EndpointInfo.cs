namespace ImageContracts;

/// <summary>An endpoint as the spec defines it, independent of any model: its name, path and default models.</summary>
public sealed class EndpointInfo
{
    /// <summary>Which endpoint.</summary>
    public ImageEndpoint Endpoint { get; init; }

    /// <summary>The name the dictionary entry point uses: <c>generations</c>, <c>edits</c>, <c>variations</c> or <c>responses</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>The path under the API base address, such as <c>/images/generations</c>.</summary>
    public string Path { get; init; } = "";

    /// <summary>The model the API uses when the request names none.</summary>
    public string? DefaultModel { get; init; }

    /// <summary>
    /// The model the API uses when the request names none but sets a GPT-image-only parameter
    /// ("dall-e-2 unless a parameter specific to the GPT image models is used").
    /// </summary>
    public string? DefaultModelWithGptParameters { get; init; }

    /// <summary>
    /// True when the API reference asks for the model explicitly ("Specify a model explicitly"): a request without
    /// <c>model</c> gets a <c>model_not_specified</c> warning.
    /// </summary>
    public bool ExplicitModel { get; init; }
}
