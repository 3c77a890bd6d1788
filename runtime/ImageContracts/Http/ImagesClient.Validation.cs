using System;

namespace ImageContracts.Http;

// Before sending: the request is for the method's endpoint and passes its contract (unless validation is off).
public sealed partial class ImagesClient
{
    /// <summary>Throws when the request breaks its contract, as sent: a streaming call validates it with the
    /// <c>stream: true</c> it adds.</summary>
    private void Validate(IImageRequest request, bool streaming = false)
    {
        if (!_options.ValidateRequests)
        {
            return;
        }

        ValidationResult result = request.Validate(streaming ? _streamingValidation : _validation);
        if (!result.IsValid)
        {
            throw new ImageRequestValidationException(request.Model, request.Endpoint, result);
        }
    }

    private static void RequireEndpoint(IImageRequest request, ImageEndpoint expected, string method)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Endpoint != expected)
        {
            throw new ArgumentException(
                method + " takes a " + WireValue.Endpoint(expected) + " request; this " + request.Model + " request is for " + WireValue.Endpoint(request.Endpoint) + ".",
                nameof(request));
        }
    }
}
