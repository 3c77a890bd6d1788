using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace ImageContracts.Emulator;

/// <summary>Middleware that applies the request's fault (header <c>x-emulator-fault</c>, else the options' fault):
/// waits the latency, answers an error status itself, or leaves a cut/hold plan for the writers.</summary>
internal sealed class FaultGate
{
    private const string PlanKey = "ImageContracts.Emulator.Fault";
    private readonly EmulatorState _state;
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);

    public FaultGate(EmulatorState state) => _state = state;

    /// <summary>The fault the writers must apply to this request, or null.</summary>
    public static FaultPlan? Plan(HttpContext context) => context.Items.TryGetValue(PlanKey, out object? plan) ? plan as FaultPlan : null;

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        string? text = context.Request.Headers[ImageEmulatorOptions.FaultHeaderName].ToString() is { Length: > 0 } header ? header : _state.Options.Fault;
        if (string.IsNullOrWhiteSpace(text))
        {
            await next();
            return;
        }

        if (!FaultPlan.TryParse(text, out FaultPlan plan, out string? error))
        {
            await ReplyWriter.WriteAsync(context, ApiErrors.BadRequest(error!, ImageEmulatorOptions.FaultHeaderName, "invalid_value"));
            return;
        }

        int count = _seen.AddOrUpdate(text, 1, (_, n) => n + 1);
        if (plan.Times is int times && count > times)
        {
            await next();
            return;
        }

        if (plan.Latency > TimeSpan.Zero)
        {
            await Task.Delay(plan.Latency, _state.Time, context.RequestAborted);
        }

        if (plan.Status is int status)
        {
            await ReplyWriter.WriteAsync(context, StatusReply(status, plan.RetryAfterSeconds));
            return;
        }

        context.Items[PlanKey] = plan;
        await next();
    }

    /// <summary>The API's rate-limit and server-error bodies.</summary>
    private static EmulatorReply StatusReply(int status, int? retryAfter)
    {
        EmulatorReply reply = status == 429
            ? ApiErrors.Reply(429, "Rate limit reached for images per min. Please try again later. (emulated)", "requests", null, "rate_limit_exceeded")
            : status >= 500
                ? ApiErrors.Reply(status, "The server had an error while processing your request. Sorry about that! (emulated)", "server_error", null, null)
                : ApiErrors.Reply(status, "Emulated error status " + status.ToString(CultureInfo.InvariantCulture) + ".", ApiErrors.InvalidRequest, null, null);
        return retryAfter is int seconds
            ? reply with { Headers = new[] { new System.Collections.Generic.KeyValuePair<string, string>("Retry-After", seconds.ToString(CultureInfo.InvariantCulture)) } }
            : reply;
    }
}
