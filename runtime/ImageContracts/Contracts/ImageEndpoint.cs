#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>The wire endpoints an image model can serve.</summary>
public enum ImageEndpoint
{
    /// <summary><c>POST /v1/images/generations</c> (JSON body).</summary>
    Generations,

    /// <summary><c>POST /v1/images/edits</c> with a <c>multipart/form-data</c> body.</summary>
    Edits,

    /// <summary><c>POST /v1/images/edits</c> with a JSON body (image references instead of uploads).</summary>
    JsonEdits,

    /// <summary><c>POST /v1/images/variations</c> (multipart body).</summary>
    Variations,

    /// <summary>The Responses API <c>image_generation</c> tool.</summary>
    Responses,
}
