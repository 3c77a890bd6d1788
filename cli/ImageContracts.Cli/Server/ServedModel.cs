namespace ImageContracts.Cli.Server;

/// <summary>A model as <c>GET /v1/models</c> lists it: its id and the <c>shutdown_date</c> it announces (null if none).</summary>
internal sealed record ServedModel(string Id, string? ShutdownDate);
