using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ImageContracts.Emulator;

/// <summary>The Image API: <c>POST /v1/images/generations</c> (JSON), <c>/v1/images/edits</c> (multipart or JSON),
/// <c>/v1/images/variations</c> (multipart), and the URLs of images answered by URL.</summary>
internal static class ImagesEndpoints
{
    public static IEndpointRouteBuilder MapImages(this IEndpointRouteBuilder app, EmulatorState state, EmulatorApi api)
    {
        app.MapPost("/v1/images/generations", (HttpContext context) => JsonAsync(context, api, "/v1/images/generations"));
        app.MapPost("/v1/images/edits", (HttpContext context) => context.Request.HasFormContentType
            ? FormAsync(context, api, ImageEndpoint.Edits)
            : JsonAsync(context, api, "/v1/images/edits"));
        app.MapPost("/v1/images/variations", (HttpContext context) => FormAsync(context, api, ImageEndpoint.Variations));
        app.MapGet("/" + ImageUrlStore.PathPrefix + "{id}", (HttpContext context, string id) =>
        {
            if (state.Urls.Find(id, state.Time.GetUtcNow()) is { } image)
            {
                return ReplyWriter.WriteAsync(context, new EmulatorReply(200, image.Bytes, image.ContentType));
            }

            // Like an expired pre-signed storage URL.
            return ReplyWriter.WriteAsync(context, new EmulatorReply(403, "Server failed to authenticate the request: the URL has expired or is unknown."u8.ToArray(), "text/plain"));
        });
        return app;
    }

    /// <summary>Reads a JSON body (bounded) and runs it through <see cref="EmulatorApi.Handle"/>.</summary>
    public static async Task JsonAsync(HttpContext context, EmulatorApi api, string path)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        await ReplyWriter.WriteAsync(context, api.Handle(path, body.GetBuffer().AsMemory(0, (int)body.Length)));
    }

    /// <summary>Multipart: files as <see cref="ImageFile"/> (<c>image</c> and <c>image[]</c> collect into one list),
    /// other fields as text.</summary>
    private static async Task FormAsync(HttpContext context, EmulatorApi api, ImageEndpoint endpoint)
    {
        if (!context.Request.HasFormContentType)
        {
            await ReplyWriter.WriteAsync(context, ApiErrors.BadRequest("This endpoint expects multipart/form-data.", null, null));
            return;
        }

        IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> field in form)
        {
            values[field.Key] = field.Value.ToString();
        }

        var images = new List<ImageFile>();
        foreach (IFormFile file in form.Files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, context.RequestAborted);
            var image = ImageFile.FromBytes(content.ToArray(), file.FileName);
            string name = file.Name.EndsWith("[]", StringComparison.Ordinal) ? file.Name[..^2] : file.Name;
            if (name == "image")
            {
                images.Add(image);
            }
            else
            {
                values[name] = image;
            }
        }

        if (images.Count > 0)
        {
            // One image travels as a single file; several as a list, as the typed requests send them.
            values["image"] = images.Count == 1 ? images[0] : images;
        }

        await ReplyWriter.WriteAsync(context, api.Image(endpoint, values, fromMultipart: true));
    }
}
