using System;
using System.Globalization;

namespace ImageContracts.Emulator;

/// <summary>A parsed fault directive (header <c>x-emulator-fault</c> or <see cref="ImageEmulatorOptions.Fault"/>):
/// semicolon-separated items, any of <c>429</c>/<c>5xx</c> (an error status), <c>retry-after=S</c>, <c>latency=MS</c>,
/// <c>cut-body</c>, <c>cut-stream</c>, <c>after=N</c> (events before the cut), <c>hold-open=MS</c> and
/// <c>times=N</c> (only the first N requests carrying this exact directive fail).</summary>
internal sealed record FaultPlan
{
    public string Text { get; init; } = "";

    public int? Status { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public TimeSpan Latency { get; init; }

    public bool CutBody { get; init; }

    public bool CutStream { get; init; }

    public int CutAfterEvents { get; init; } = 1;

    public TimeSpan HoldOpen { get; init; }

    public int? Times { get; init; }

    /// <summary>Parses <paramref name="text"/>; an item it does not know is an error with the item named.</summary>
    public static bool TryParse(string text, out FaultPlan plan, out string? error)
    {
        plan = new FaultPlan { Text = text };
        error = null;
        foreach (string raw in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = raw.IndexOf('=');
            string key = (eq < 0 ? raw : raw[..eq]).ToLowerInvariant();
            string? value = eq < 0 ? null : raw[(eq + 1)..];
            if (eq < 0 && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out int status) && status is >= 400 and <= 599)
            {
                plan = plan with { Status = status };
                continue;
            }

            switch (key)
            {
                case "cut-body" when value is null:
                    plan = plan with { CutBody = true };
                    break;
                case "cut-stream" when value is null:
                    plan = plan with { CutStream = true };
                    break;
                case "retry-after" when Number(value) is int seconds:
                    plan = plan with { RetryAfterSeconds = seconds };
                    break;
                case "latency" when Number(value) is int ms:
                    plan = plan with { Latency = TimeSpan.FromMilliseconds(ms) };
                    break;
                case "hold-open" when Number(value) is int ms:
                    plan = plan with { HoldOpen = TimeSpan.FromMilliseconds(ms) };
                    break;
                case "after" when Number(value) is int events:
                    plan = plan with { CutAfterEvents = events };
                    break;
                case "times" when Number(value) is int times:
                    plan = plan with { Times = times };
                    break;
                default:
                    error = $"Unknown fault item '{raw}' in {ImageEmulatorOptions.FaultHeaderName}. Items: 429 or 5xx, retry-after=S, latency=MS, cut-body, cut-stream, after=N, hold-open=MS, times=N.";
                    return false;
            }
        }

        return true;
    }

    private static int? Number(string? value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n <= 3_600_000 ? n : null;
}
