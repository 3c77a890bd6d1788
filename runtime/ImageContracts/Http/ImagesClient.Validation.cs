using System;

namespace ImageContracts.Http;

// Before sending: the request is for the method's endpoint and passes its contract (unless validation is off).
public sealed partial class ImagesClient
{
    private void Validate(IImageRequest request, ValidationResult? result = null)
    {
        if (!_options.ValidateRequests)
        {
            return;
        }

        result ??= request.Validate(_validation);
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
