#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>
/// The spec's endpoint ids (<c>generations</c>, <c>edits</c>, <c>json-edits</c>, <c>variations</c>, <c>responses</c>),
/// the keys of its <c>endpoints:</c> mapping: the one table of them, for the parser, the analyzer and the runtime.
/// </summary>
internal static class EndpointIds
{
    /// <summary>Every id, in <see cref="ImageEndpoint"/> order.</summary>
    public static readonly string[] All = { "generations", "edits", "json-edits", "variations", "responses" };

    public static string Of(ImageEndpoint endpoint)
        => (int)endpoint >= 0 && (int)endpoint < All.Length ? All[(int)endpoint] : endpoint.ToString();

    public static bool TryParse(string? id, out ImageEndpoint endpoint)
    {
        int index = System.Array.IndexOf(All, id);
        endpoint = (ImageEndpoint)(index < 0 ? 0 : index);
        return index >= 0;
    }
}
