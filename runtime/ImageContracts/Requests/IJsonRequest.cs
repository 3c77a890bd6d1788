using System.Text.Json;

namespace ImageContracts;

/// <summary>A request sent as a JSON body (generations, JSON edits) or as a JSON tool object (Responses).</summary>
public interface IJsonRequest : IImageRequest
{
    /// <summary>Writes the request body (or tool object), including <c>model</c> where the wire format has it.</summary>
    /// <param name="writer">The JSON writer.</param>
    void WriteJson(Utf8JsonWriter writer);
}
