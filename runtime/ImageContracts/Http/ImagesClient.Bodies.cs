using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

// Response bodies: opened under the idle timeout, and success bodies read whole within MaxResponseBytes.
public sealed partial class ImagesClient
{
    /// <summary>The first buffer for a success body: a <c>Content-Length</c> is believed only up to this size, so a
    /// lying length costs no more than this; larger bodies grow by doubling, up to <see cref="ImagesClientOptions.MaxResponseBytes"/>.</summary>
    private const int InitialBodyBufferBytes = 1 << 20;

    /// <summary>Opens a response body for reading under the idle timeout.</summary>
    private async Task<Stream> OpenBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        IdleTimeoutStream.Wrap(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _options.IdleTimeout, _options.TimeProvider);

    private static bool IsEventStream(HttpResponseMessage response) =>
        string.Equals(response.Content.Headers.ContentType?.MediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a success body into a pooled buffer. The cap holds before memory is taken: a <c>Content-Length</c>
    /// above <see cref="ImagesClientOptions.MaxResponseBytes"/> fails before any buffer is rented, a declared length is
    /// believed only up to <see cref="InitialBodyBufferBytes"/>, and the buffer never grows past the cap (plus the one
    /// byte that proves a body too long).</summary>
    private async Task<PooledBuffer> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        long cap = _options.MaxResponseBytes;
        long? length = response.Content.Headers.ContentLength;
        if (length > cap)
        {
            throw TooLarge(response, "declares Content-Length " + length.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        long limit = cap + 1;
        var buffer = new PooledBuffer((int)Math.Min(length is > 0 ? length.Value + 1 : 64 * 1024, Math.Min(InitialBodyBufferBytes, limit)));
        try
        {
            using Stream stream = await OpenBodyAsync(response, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                int read = await stream.ReadAsync(buffer.GetMemory(64 * 1024, limit), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer;
                }

                buffer.Advance(read);
                if (buffer.Count > cap)
                {
                    throw TooLarge(response, "sent more than that");
                }
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private ImageResponseException TooLarge(HttpResponseMessage response, string what) =>
        new("The response body is larger than MaxResponseBytes (" + _options.MaxResponseBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + " bytes): the server " + what + ". Raise ImagesClientOptions.MaxResponseBytes if such bodies are expected.", response.StatusCode)
        {
            RequestId = RequestIdOf(response),
        };
}
