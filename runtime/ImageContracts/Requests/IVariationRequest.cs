namespace ImageContracts;

/// <summary>A <c>POST /images/variations</c> request (<c>multipart/form-data</c>).</summary>
public interface IVariationRequest : IMultipartRequest
{
}
