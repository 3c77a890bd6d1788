using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ImageContracts.Cli.Tests.Support;

/// <summary>A tiny HTTP server on 127.0.0.1 that answers batch calls from a script, for states the emulator never
/// shows (it runs a batch to completion at once): each <c>GET /v1/batches/{id}</c> returns the next scripted batch
/// object (the last one repeats), and <c>POST /v1/batches/{id}/cancel</c> returns the cancel answer.</summary>
internal sealed class ScriptedBatchServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<string> _retrieves;
    private readonly string? _cancel;
    private readonly List<string> _requests = new();
    private string _last;

    public ScriptedBatchServer(IEnumerable<string> retrieves, string? cancel = null)
    {
        _retrieves = new Queue<string>(retrieves);
        _last = _retrieves.Peek();
        _cancel = cancel;
        int port = FreePort();
        BaseAddress = new Uri("http://127.0.0.1:" + port + "/v1/");
        _listener.Prefixes.Add("http://127.0.0.1:" + port + "/");
        _listener.Start();
        _ = ServeAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>"METHOD /path" of every request, in order.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>A batch object as the API sends it.</summary>
    public static string Batch(string id, string status, int completed, int failed, int total) =>
        "{\"id\":\"" + id + "\",\"object\":\"batch\",\"endpoint\":\"/v1/images/generations\",\"errors\":null,\"input_file_id\":\"file-in\","
        + "\"completion_window\":\"24h\",\"status\":\"" + status + "\",\"output_file_id\":null,\"error_file_id\":null,\"created_at\":1764600000,"
        + "\"request_counts\":{\"total\":" + total + ",\"completed\":" + completed + ",\"failed\":" + failed + "},\"metadata\":{}}";

    public void Dispose() => _listener.Close();

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            string path = context.Request.Url!.AbsolutePath;
            lock (_requests)
            {
                _requests.Add(context.Request.HttpMethod + " " + path);
            }

            string? body = null;
            if (context.Request.HttpMethod == "POST" && path.EndsWith("/cancel", StringComparison.Ordinal))
            {
                body = _cancel;
            }
            else if (context.Request.HttpMethod == "GET" && path.StartsWith("/v1/batches/", StringComparison.Ordinal))
            {
                lock (_retrieves)
                {
                    _last = _retrieves.Count > 0 ? _retrieves.Dequeue() : _last;
                    body = _last;
                }
            }

            byte[] bytes = Encoding.UTF8.GetBytes(body ?? "{\"error\":{\"message\":\"not scripted\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}");
            context.Response.StatusCode = body is null ? 404 : 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
