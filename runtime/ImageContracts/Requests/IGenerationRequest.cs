namespace ImageContracts;

/// <summary>A <c>POST /images/generations</c> request (a JSON body). The endpoint is in the type, so a method that
/// generates accepts nothing else, such as a JSON edit.</summary>
public interface IGenerationRequest : IJsonRequest
{
}
