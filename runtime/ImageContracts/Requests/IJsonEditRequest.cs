namespace ImageContracts;

/// <summary>A <c>POST /images/edits</c> request sent as JSON: images given by URL, data URL or file id.</summary>
public interface IJsonEditRequest : IJsonRequest
{
}
