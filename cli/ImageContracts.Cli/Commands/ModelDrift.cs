using System;
using System.Collections.Generic;
using System.Linq;
using ImageContracts.Cli.Server;

namespace ImageContracts.Cli.Commands;

/// <summary>One difference between the spec's catalog and a server's <c>GET /v1/models</c>.</summary>
internal sealed record ModelDrift(string Model, string Kind, string? Spec, string? Server, string Message)
{
    /// <summary>Ids of image models a server lists (the list holds every model of the account).</summary>
    private static readonly string[] ImageModelPrefixes = { "gpt-image", "dall-e", "chatgpt-image" };

    /// <summary>Models the spec has as active but the server does not list; image models the server lists that the spec
    /// does not know; shutdown dates that differ; models the spec has as retired that the server still lists.</summary>
    public static List<ModelDrift> Compare(ContractCatalog catalog, IReadOnlyList<ServedModel> served, DateOnly today)
    {
        var drift = new List<ModelDrift>();
        var byId = new Dictionary<string, ServedModel>(StringComparer.Ordinal);
        foreach (ServedModel model in served)
        {
            byId.TryAdd(model.Id, model);
        }

        foreach (ModelContract model in catalog.Models)
        {
            string? shutdown = model.Lifecycle.Shutdown is { } date ? ModelFacts.Date(date) : null;
            bool retired = model.Lifecycle.IsRetiredOn(today);
            if (!byId.TryGetValue(model.Id, out ServedModel? listed))
            {
                if (!retired)
                {
                    drift.Add(new ModelDrift(model.Id, "missing", "active", null, "the spec has it as active; the server does not list it."));
                }

                continue;
            }

            if (!string.Equals(shutdown, listed.ShutdownDate, StringComparison.Ordinal))
            {
                drift.Add(new ModelDrift(model.Id, "shutdown_date", shutdown, listed.ShutdownDate,
                    "shutdown date: spec " + (shutdown ?? "none") + ", server " + (listed.ShutdownDate ?? "none") + "."));
            }
            else if (retired)
            {
                drift.Add(new ModelDrift(model.Id, "retired_but_listed", shutdown, listed.ShutdownDate, "the spec has it retired since " + shutdown + "; the server still lists it."));
            }
        }

        foreach (ServedModel model in served.Where(m => ImageModelPrefixes.Any(p => m.Id.StartsWith(p, StringComparison.Ordinal)) && catalog.Find(m.Id) is null))
        {
            drift.Add(new ModelDrift(model.Id, "unknown", null, model.ShutdownDate ?? "listed", "the server lists this image model; the spec does not know it."));
        }

        return drift;
    }
}
