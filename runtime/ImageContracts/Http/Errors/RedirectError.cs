using System;
using System.Linq;
using System.Net.Http;

namespace ImageContracts.Http;

/// <summary>The <see cref="ImageApiException"/> for a 3xx answer. Redirects are never followed (the key would go with
/// the request: .NET strips only <c>Authorization</c>, never a custom key header, and always resends the body on 307/308),
/// so the message says where the server pointed and how to follow on purpose.</summary>
internal static class RedirectError
{
    private const int MaxShownLocationChars = 500;

    public static ImageApiException Create(HttpResponseMessage response, Uri baseAddress, string operation, string? secret, string? requestId, int attempts)
    {
        string? location = response.Headers.TryGetValues("Location", out var values) ? values.FirstOrDefault() : null;
        string where = location is null
            ? "without a Location header"
            : "to " + Secrets.Shown(location.Trim(), secret, MaxShownLocationChars);
        string message = "The server redirected the " + operation + " request " + where + ". Redirects are not followed, so the API key and the request body stay with "
            + baseAddress.GetLeftPart(UriPartial.Authority) + "; if the API has moved, set ImagesClientOptions.BaseAddress to the new address.";
        return new ImageApiException(response.StatusCode, ImageApiErrorKind.Redirect, message)
        {
            RequestId = requestId,
            Attempts = attempts,
        };
    }
}
