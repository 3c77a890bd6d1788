using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

/// <summary>Model lifecycle (retired or shutting down on the day judged) and the Responses tool's host model.</summary>
internal sealed partial class ValidationRun
{
    /// <summary>One rule for image models and host models: retired by <paramref name="today"/>, or shutting down later.</summary>
    private void CheckLifecycle(string? parameter, string model, ModelLifecycle lifecycle, DateOnly today, RuleSeverity retiredSeverity)
    {
        switch (lifecycle.StageOn(today))
        {
            case LifecycleStage.Retired:
                string advice = lifecycle.Replacements.Count == 0 ? "; choose a newer model" : lifecycle.ReplacementAdvice;
                _findings.Add(new ValidationFinding(parameter, ValidationCodes.ModelRetired,
                    $"{model} was shut down on {lifecycle.ShutdownText}; the API will most likely reject this request{advice}.", retiredSeverity));
                break;
            case LifecycleStage.Deprecated:
                string when = lifecycle.Shutdown is null ? "is deprecated (no shutdown date announced)" : "shuts down on " + lifecycle.ShutdownText;
                Warning(parameter, ValidationCodes.ModelDeprecated, $"{model} {when}{lifecycle.ReplacementAdvice}.");
                break;
        }
    }

    /// <summary>The host model's findings alone, for a Responses call whose image model could not be resolved: a bad
    /// host is a problem of its own and is reported either way.</summary>
    public static IReadOnlyList<ValidationFinding> HostFindings(string hostModel, HostModelPolicy hosts, ValidationOptions options)
    {
        var run = new ValidationRun(new EndpointContract { Endpoint = ImageEndpoint.Responses, Model = hostModel }, new Dictionary<string, object>());
        run.CheckHost(hostModel, hosts, options.Today, options.RetiredModelSeverity);
        return run._findings;
    }

    private void CheckHost(string? hostModel, HostModelPolicy? hosts, DateOnly today, RuleSeverity retiredSeverity)
    {
        if (hostModel is null || hosts is null)
        {
            return;
        }

        if (hosts.ImageModelIds.Contains(hostModel, StringComparer.Ordinal))
        {
            Error(null, ValidationCodes.HostNotSupported,
                $"'{hostModel}' is an image model and cannot host the image_generation tool; use a mainline model such as {ExampleHosts(hosts)}.");
            return;
        }

        bool listed = hosts.Models.Contains(hostModel, StringComparer.Ordinal)
            || hosts.Prefixes.Any(prefix => prefix.Length > 0 && hostModel.StartsWith(prefix, StringComparison.Ordinal));
        if (!listed)
        {
            Warning(null, ValidationCodes.HostUnconfirmed,
                $"'{hostModel}' is not documented as a host of the image_generation tool (documented: {ExampleHosts(hosts)}); check the model's page.");
        }

        if (hosts.Lifecycles.TryGetValue(hostModel, out ModelLifecycle? lifecycle))
        {
            CheckLifecycle(null, "The host model " + hostModel, lifecycle, today, retiredSeverity);
        }
    }

    private static string ExampleHosts(HostModelPolicy hosts)
    {
        IEnumerable<string> names = hosts.Models.Concat(hosts.Prefixes.Select(p => p + "*"));
        string list = string.Join(", ", names);
        return list.Length == 0 ? "(none listed)" : list;
    }
}
