using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Cli.Output;
using ImageContracts.Cli.Server;
using Spectre.Console;

namespace ImageContracts.Cli.Commands;

/// <summary>
/// <c>imagegen models</c>: the spec's catalog (endpoints, sizes, qualities, prices, lifecycle). With <c>--check</c> it
/// also asks the server in use for <c>GET /v1/models</c> and prints where the two disagree.
/// </summary>
internal static class ModelsCommand
{
    private static readonly Option<bool> Check = new("--check") { Description = "Compare the catalog with GET /v1/models of the server in use and print the drift." };

    public static readonly Command Command = new("models", "List the models of the spec: endpoints, sizes, qualities, prices, lifecycle.") { Check };

    public static async Task<int> RunAsync(ParseResult parse, CliOutput output, CancellationToken cancellationToken)
    {
        DateOnly today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        IReadOnlyList<ModelContract> models = ImageContract.Catalog.Models;
        List<ModelDrift>? drift = null;
        string? server = null;
        if (parse.GetValue(Check))
        {
            await using ApiTarget target = await ApiTarget.OpenAsync(parse.GetValue(CommonOptions.BaseUrl), output, cancellationToken).ConfigureAwait(false);
            server = target.Description;
            drift = ModelDrift.Compare(ImageContract.Catalog, await target.ListModelsAsync(cancellationToken).ConfigureAwait(false), today);
        }

        if (output.Json)
        {
            output.WriteJson(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("today", ModelFacts.Date(today));
                writer.WriteStartArray("models");
                foreach (ModelContract model in models)
                {
                    WriteModel(writer, model, today);
                }

                writer.WriteEndArray();
                if (drift is not null)
                {
                    writer.WriteString("server", server);
                    writer.WriteStartArray("drift");
                    foreach (ModelDrift item in drift)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("model", item.Model);
                        writer.WriteString("kind", item.Kind);
                        writer.WriteString("spec", item.Spec);
                        writer.WriteString("server", item.Server);
                        writer.WriteString("message", item.Message);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("model", "endpoints", "sizes", "qualities", "prices", "lifecycle");
        foreach (ModelContract model in models)
        {
            string id = model.Id + (model.Aliases.Count > 0 ? "\n(" + string.Join(", ", model.Aliases) + ")" : "");
            table.AddRow(Markup.Escape(id), Markup.Escape(ModelFacts.Endpoints(model)), Markup.Escape(ModelFacts.Values(model, "size")),
                Markup.Escape(ModelFacts.Values(model, "quality")), Markup.Escape(ModelFacts.Prices(model)), Markup.Escape(ModelFacts.Lifecycle(model, today)));
        }

        output.Console.Write(table);
        foreach (ModelContract model in models.Where(m => m.Lifecycle.Shutdown is not null && m.Lifecycle.Note is not null))
        {
            output.Line(model.Id + ": " + model.Lifecycle.Note);
        }

        if (drift is not null)
        {
            output.Line(drift.Count == 0
                ? "No drift: " + server + " serves every active model of the spec, and no image model the spec lacks."
                : "Drift between the spec and " + server + " (" + ReportText.Count(drift.Count, "difference") + "):");
            foreach (ModelDrift item in drift)
            {
                output.Line("  " + item.Kind + " " + item.Model + ": " + item.Message);
            }
        }

        return ExitCodes.Success;
    }

    private static void WriteModel(Utf8JsonWriter writer, ModelContract model, DateOnly today)
    {
        writer.WriteStartObject();
        writer.WriteString("id", model.Id);
        writer.WriteString("displayName", model.DisplayName);
        writer.WriteString("family", model.Family);
        writer.WriteStartArray("aliases");
        foreach (string alias in model.Aliases)
        {
            writer.WriteStringValue(alias);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("endpoints");
        foreach (EndpointContract endpoint in model.Endpoints)
        {
            writer.WriteStartObject();
            writer.WriteString("endpoint", WireValue.Endpoint(endpoint.Endpoint));
            writer.WriteString("path", endpoint.Path);
            writer.WriteBoolean("confirmed", endpoint.Confirmed);
            writer.WriteStartArray("parameters");
            foreach (ParameterContract parameter in endpoint.Parameters)
            {
                writer.WriteStartObject();
                writer.WriteString("name", parameter.WireName);
                writer.WriteString("kind", parameter.Kind.ToString());
                writer.WriteBoolean("required", parameter.Required);
                if (parameter.Values.Count > 0)
                {
                    writer.WriteStartArray("values");
                    foreach (AllowedValue value in parameter.Values)
                    {
                        writer.WriteStringValue(value.Value);
                    }

                    writer.WriteEndArray();
                }

                if (parameter.Minimum is { } min)
                {
                    writer.WriteNumber("min", min);
                }

                if (parameter.Maximum is { } max)
                {
                    writer.WriteNumber("max", max);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("prices", ModelFacts.Prices(model));
        if (model.Pricing is { } pricing)
        {
            WritePricing(writer, pricing);
        }

        writer.WriteStartObject("lifecycle");
        ModelLifecycle lifecycle = model.Lifecycle;
        writer.WriteString("released", lifecycle.Released is { } released ? ModelFacts.Date(released) : null);
        writer.WriteString("deprecated", lifecycle.Deprecated is { } deprecated ? ModelFacts.Date(deprecated) : null);
        writer.WriteString("shutdown", lifecycle.Shutdown is { } shutdown ? ModelFacts.Date(shutdown) : null);
        writer.WriteBoolean("retired", lifecycle.IsRetiredOn(today));
        writer.WriteString("stage", lifecycle.StageOn(today).ToString().ToLowerInvariant());
        writer.WriteStartArray("replacements");
        foreach (string replacement in lifecycle.Replacements)
        {
            writer.WriteStringValue(replacement);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("confirmed", lifecycle.Confirmed);
        writer.WriteString("note", lifecycle.Note);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WritePricing(Utf8JsonWriter writer, PricingContract pricing)
    {
        writer.WriteStartObject("pricing");
        writer.WriteBoolean("confirmed", pricing.Confirmed);
        writer.WriteString("readOn", ModelFacts.Date(pricing.ReadOn));
        if (pricing.Tokens is { } tokens)
        {
            writer.WriteStartObject("tokens"); // USD per 1M tokens
            Price(writer, "textInput", tokens.TextInput);
            Price(writer, "cachedTextInput", tokens.CachedTextInput);
            Price(writer, "imageInput", tokens.ImageInput);
            Price(writer, "cachedImageInput", tokens.CachedImageInput);
            Price(writer, "imageOutput", tokens.ImageOutput);
            Price(writer, "textOutput", tokens.TextOutput);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("perImage");
        foreach (PerImagePrice price in pricing.PerImage)
        {
            writer.WriteStartObject();
            writer.WriteString("quality", price.Quality);
            writer.WriteString("size", price.Size);
            writer.WriteNumber("usd", price.Usd);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("outputTokens");
        foreach (OutputTokenEntry entry in pricing.OutputTokens)
        {
            writer.WriteStartObject();
            writer.WriteString("quality", entry.Quality);
            writer.WriteString("size", entry.Size);
            writer.WriteNumber("tokens", entry.Tokens);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Price(Utf8JsonWriter writer, string name, decimal? usd)
    {
        if (usd is { } value)
        {
            writer.WriteNumber(name, value);
        }
    }
}
