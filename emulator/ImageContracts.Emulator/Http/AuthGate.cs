using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace ImageContracts.Emulator;

/// <summary>Middleware: 401 with the API's error bodies when the bearer token is missing or (with a configured key)
/// wrong. The token is never echoed. Image URLs are open, as the API's pre-signed URLs are.</summary>
internal sealed class AuthGate
{
    private readonly EmulatorState _state;

    public AuthGate(EmulatorState state) => _state = state;

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!_state.Options.RequireAuthentication || context.Request.Path.StartsWithSegments("/" + ImageUrlStore.PathPrefix.TrimEnd('/'), StringComparison.Ordinal))
        {
            await next();
            return;
        }

        string header = context.Request.Headers.Authorization.ToString();
        string? token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        if (string.IsNullOrEmpty(token))
        {
            await ReplyWriter.WriteAsync(context, ApiErrors.Reply(401,
                "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
                ApiErrors.InvalidRequest, null, null));
            return;
        }

        if (_state.Options.ApiKey is { } expected
            && !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected)))
        {
            await ReplyWriter.WriteAsync(context, ApiErrors.Reply(401, "Incorrect API key provided.", ApiErrors.InvalidRequest, null, "invalid_api_key"));
            return;
        }

        await next();
    }
}
