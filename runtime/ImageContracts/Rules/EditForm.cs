#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>
/// Edits have two wire forms under one name: multipart files (<c>image</c>) and JSON references (<c>images</c>).
/// Which one a request named only "edits" means, decided once for the runtime catalog and the analyzer.
/// </summary>
internal static class EditForm
{
    /// <summary>True for the JSON form: no <c>image</c>, and <c>images</c> or some value that is an image reference.
    /// Null when that depends on values not known (<paramref name="anyReference"/> null; analyzer only).</summary>
    public static bool? IsJson(bool hasImage, bool hasImages, bool? anyReference)
        => hasImage ? false
            : hasImages ? true
            : anyReference;
}
