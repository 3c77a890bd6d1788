using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ImageContracts.Emulator;

/// <summary><c>POST /v1/responses</c> (JSON; <c>stream: true</c> answers server-sent events).</summary>
internal static class ResponsesEndpoints
{
    public static IEndpointRouteBuilder MapResponses(this IEndpointRouteBuilder app, EmulatorApi api)
    {
        app.MapPost("/v1/responses", (HttpContext context) => ImagesEndpoints.JsonAsync(context, api, "/v1/responses"));
        return app;
    }
}
