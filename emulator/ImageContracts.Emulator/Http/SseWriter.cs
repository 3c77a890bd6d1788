using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace ImageContracts.Emulator;

/// <summary>Writes a stream as server-sent events (<c>event:</c> + <c>data:</c> lines), flushing each event. Faults:
/// <c>cut-stream</c> drops the connection in the middle of event <c>after</c>+1; <c>hold-open</c> keeps the
/// connection open after the last event.</summary>
internal static class SseWriter
{
    public static async Task WriteAsync(HttpContext context, IEnumerable<SseEvent> events)
    {
        FaultPlan? fault = FaultGate.Plan(context);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.StartAsync(context.RequestAborted);
        int written = 0;
        foreach (SseEvent item in events)
        {
            byte[] frame = Frame(item);
            if (fault is { CutStream: true } && written >= fault.CutAfterEvents)
            {
                await context.Response.Body.WriteAsync(frame.AsMemory(0, frame.Length / 2), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                context.Abort();
                return;
            }

            await context.Response.Body.WriteAsync(frame, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            written++;
        }

        if (fault is { HoldOpen: var hold } && hold > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(hold, context.RequestServices.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // the client gave up first: fine
            }
        }
    }

    private static byte[] Frame(SseEvent item)
    {
        byte[] head = Encoding.UTF8.GetBytes("event: " + item.Type + "\ndata: ");
        byte[] frame = new byte[head.Length + item.Data.Length + 2];
        head.CopyTo(frame, 0);
        item.Data.CopyTo(frame, head.Length);
        frame[^2] = (byte)'\n';
        frame[^1] = (byte)'\n';
        return frame;
    }
}
