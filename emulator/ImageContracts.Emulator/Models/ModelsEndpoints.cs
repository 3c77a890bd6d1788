using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ImageContracts.Emulator;

/// <summary><c>GET /v1/models</c> and <c>GET /v1/models/{id}</c>: the spec's image models still live by the
/// emulator's clock (shut-down models are gone, as in the API), each with <c>shutdown_date</c> from its lifecycle
/// (null when none is announced), plus the spec's named host models for the Responses tool.</summary>
internal static class ModelsEndpoints
{
    public static IEndpointRouteBuilder MapModels(this IEndpointRouteBuilder app, EmulatorState state)
    {
        app.MapGet("/v1/models", (HttpContext context) => ReplyWriter.WriteAsync(context, new EmulatorReply(200, JsonBytes.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            foreach (ListedModel model in Live(state))
            {
                Write(w, model);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }))));
        app.MapGet("/v1/models/{id}", (HttpContext context, string id) =>
        {
            ListedModel? model = Live(state).FirstOrDefault(m => m.Id == id);
            return ReplyWriter.WriteAsync(context, model is null ? ApiErrors.ModelNotFound(id) : new EmulatorReply(200, JsonBytes.Write(w => Write(w, model))));
        });
        return app;
    }

    private sealed record ListedModel(string Id, DateOnly? Released, DateOnly? Shutdown);

    private static IEnumerable<ListedModel> Live(EmulatorState state)
    {
        foreach (ModelContract model in state.Catalog.Models.Where(m => !m.Lifecycle.IsRetiredOn(state.Today)))
        {
            yield return new ListedModel(model.Id, model.Lifecycle.Released, model.Lifecycle.Shutdown);
            foreach (string alias in model.Aliases)
            {
                yield return new ListedModel(alias, model.Lifecycle.Released, model.Lifecycle.Shutdown);
            }
        }

        foreach (string host in state.Catalog.HostModels.Models)
        {
            yield return new ListedModel(host, null, null);
        }
    }

    private static void Write(Utf8JsonWriter w, ListedModel model)
    {
        w.WriteStartObject();
        w.WriteString("id", model.Id);
        w.WriteString("object", "model");
        w.WriteNumber("created", model.Released is { } released ? new DateTimeOffset(released.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() : 0);
        w.WriteString("owned_by", "system");
        if (model.Shutdown is { } shutdown)
        {
            w.WriteString("shutdown_date", shutdown.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("shutdown_date");
        }

        w.WriteEndObject();
    }
}
