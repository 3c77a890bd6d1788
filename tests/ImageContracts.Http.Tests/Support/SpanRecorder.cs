using System.Collections.Concurrent;
using System.Diagnostics;

namespace ImageContracts.Http.Tests.Support;

/// <summary>Records the tags and status of every <c>ImageContracts</c> span that stops while it is alive (any test's).</summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener _listener;

    public SpanRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ImagesTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                foreach (KeyValuePair<string, object?> tag in activity.TagObjects)
                {
                    Texts.Enqueue(tag.Key + "=" + tag.Value);
                }

                Texts.Enqueue("status=" + activity.StatusDescription);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>"key=value" of every tag, and each span's status description.</summary>
    public ConcurrentQueue<string> Texts { get; } = new();

    public void Dispose() => _listener.Dispose();
}
