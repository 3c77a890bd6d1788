namespace ImageContracts;

/// <summary>A <c>POST /images/edits</c> request sent as <c>multipart/form-data</c>: images uploaded as files.</summary>
public interface IEditRequest : IMultipartRequest
{
}
