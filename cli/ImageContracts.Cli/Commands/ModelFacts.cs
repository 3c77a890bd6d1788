using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ImageContracts.Cli.Commands;

/// <summary>Short text forms of a model's contract for the <c>models</c> table.</summary>
internal static class ModelFacts
{
    public static string Endpoints(ModelContract model) =>
        string.Join(", ", model.Endpoints.Select(e => WireValue.Endpoint(e.Endpoint) + (e.Confirmed ? "" : " (UNCONFIRMED)")));

    /// <summary>The values of a parameter on the model's first endpoint that has it, plus free-form size limits.</summary>
    public static string Values(ModelContract model, string wireName)
    {
        ParameterContract? parameter = model.Endpoints.Select(e => e.FindParameter(wireName)).FirstOrDefault(p => p is not null);
        if (parameter is null)
        {
            return "-";
        }

        string values = string.Join(", ", parameter.Values.Select(v => v.Value + (v.Status == ValueStatus.Preview ? " (preview)" : "")));
        if (parameter.FreeFormSize is { } free)
        {
            var limits = new List<string>();
            if (free.MultipleOf is { } step)
            {
                limits.Add("multiples of " + step);
            }

            if (free.MaxEdge is { } edge)
            {
                limits.Add("edge <= " + edge);
            }

            if (free.MaxAspectRatio is { } ratio)
            {
                limits.Add("ratio <= " + ratio.ToString("0.##", CultureInfo.InvariantCulture) + ":1");
            }

            values += (values.Length > 0 ? ", " : "") + "any WxH" + (limits.Count > 0 ? " (" + string.Join(", ", limits) + ")" : "");
        }

        return values.Length == 0 ? "-" : values;
    }

    /// <summary><c>text in $5, image in $10, image out $40 per 1M tokens; per image $0.011–$0.25</c>.</summary>
    public static string Prices(ModelContract model)
    {
        if (model.Pricing is not { } pricing)
        {
            return "no prices in the spec";
        }

        var parts = new List<string>();
        if (pricing.Tokens is { } tokens)
        {
            var rates = new List<string>();
            Add(rates, "text in", tokens.TextInput);
            Add(rates, "image in", tokens.ImageInput);
            Add(rates, "image out", tokens.ImageOutput);
            Add(rates, "text out", tokens.TextOutput);
            if (rates.Count > 0)
            {
                parts.Add(string.Join(", ", rates) + " per 1M tokens");
            }
        }

        if (pricing.PerImage.Count > 0)
        {
            decimal min = pricing.PerImage.Min(p => p.Usd);
            decimal max = pricing.PerImage.Max(p => p.Usd);
            parts.Add("per image " + Output.ReportText.Usd(min, max));
        }

        return string.Join("; ", parts) + (pricing.Confirmed ? "" : " (UNCONFIRMED)");
    }

    /// <summary><c>active (released 2026-05-05)</c>, <c>shuts down 2027-03-01; use gpt-image-2</c>, <c>RETIRED 2026-10-23; use ...</c>.</summary>
    public static string Lifecycle(ModelContract model, DateOnly today)
    {
        ModelLifecycle lifecycle = model.Lifecycle;
        string text = lifecycle.StageOn(today) switch
        {
            LifecycleStage.Retired => "RETIRED " + Date(lifecycle.Shutdown!.Value),
            LifecycleStage.Deprecated => lifecycle.Shutdown is { } shutdown ? "shuts down " + Date(shutdown) : "deprecated " + Date(lifecycle.Deprecated!.Value),
            _ => "active" + (lifecycle.Released is { } released ? " (released " + Date(released) + ")" : ""),
        };
        if (lifecycle.Replacements.Count > 0)
        {
            text += "; use " + string.Join(" or ", lifecycle.Replacements);
        }

        return text + (lifecycle.Confirmed ? "" : " (UNCONFIRMED)");
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Add(List<string> rates, string name, decimal? usd)
    {
        if (usd is { } price)
        {
            rates.Add(name + " " + Output.ReportText.Usd(price));
        }
    }
}
