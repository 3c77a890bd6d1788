using System;

namespace ImageContracts.Http;

/// <summary>One entry of <c>GET /models</c>: a model the API serves to this key, with its announced shutdown date.</summary>
/// <param name="Id">The model id, e.g. <c>gpt-image-2</c>.</param>
/// <param name="Created">When the model was created (the API's <c>created</c>, Unix seconds).</param>
/// <param name="OwnedBy">The owning organisation (<c>owned_by</c>), e.g. <c>system</c>.</param>
/// <param name="ShutdownDate">The announced shutdown date (<c>shutdown_date</c>); null when none is announced or the field is absent.</param>
public sealed record ApiModel(string Id, DateTimeOffset Created, string OwnedBy, DateOnly? ShutdownDate);
