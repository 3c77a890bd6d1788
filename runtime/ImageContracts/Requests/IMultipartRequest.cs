namespace ImageContracts;

/// <summary>A request sent as <c>multipart/form-data</c> (edits with uploads, variations).</summary>
public interface IMultipartRequest : IImageRequest
{
    /// <summary>Adds the request's form fields and files, including <c>model</c>.</summary>
    /// <param name="writer">The multipart writer.</param>
    void WriteMultipart(MultipartWriter writer);
}
