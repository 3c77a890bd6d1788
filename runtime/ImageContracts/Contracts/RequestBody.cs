namespace ImageContracts;

/// <summary>How the parameters of an endpoint are sent.</summary>
public enum RequestBody
{
    /// <summary>An <c>application/json</c> request body.</summary>
    Json,

    /// <summary>A <c>multipart/form-data</c> request body.</summary>
    Multipart,

    /// <summary>A tool object inside a Responses API request.</summary>
    Tool,
}
