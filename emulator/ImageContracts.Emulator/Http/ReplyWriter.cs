using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace ImageContracts.Emulator;

/// <summary>Writes finished replies; a <c>cut-body</c> fault sends the headers and half the body, then drops the
/// connection.</summary>
internal static class ReplyWriter
{
    public static async Task WriteAsync(HttpContext context, EmulatorReply reply)
    {
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.ContentType;
        foreach (var header in reply.Headers)
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        context.Response.ContentLength = reply.Body.Length;
        if (reply.IsSuccess && FaultGate.Plan(context) is { CutBody: true })
        {
            await context.Response.Body.WriteAsync(reply.Body.AsMemory(0, reply.Body.Length / 2), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            context.Abort();
            return;
        }

        await context.Response.Body.WriteAsync(reply.Body, context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, EmulatorOutcome outcome)
        => outcome.Events is { } events ? SseWriter.WriteAsync(context, events) : WriteAsync(context, outcome.Reply!);
}
