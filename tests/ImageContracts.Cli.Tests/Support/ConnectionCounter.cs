using System.Net;
using System.Net.Sockets;

namespace ImageContracts.Cli.Tests.Support;

/// <summary>A TCP listener on 127.0.0.1 that counts the connections made to it and closes them: proof that a command
/// sent nothing when the count stays 0.</summary>
internal sealed class ConnectionCounter : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _count;

    public ConnectionCounter()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public Uri BaseAddress => new("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/v1/");

    public int Count => Volatile.Read(ref _count);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using Socket socket = await _listener.AcceptSocketAsync(_stop.Token);
                Interlocked.Increment(ref _count);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // stopped
        }
    }
}
