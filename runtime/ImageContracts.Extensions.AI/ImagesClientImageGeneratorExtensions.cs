using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;

namespace ImageContracts.Http;

/// <summary>Creates <see cref="IImageGenerator"/> adapters.</summary>
public static class ImagesClientImageGeneratorExtensions
{
    /// <summary>An <see cref="IImageGenerator"/> over this client.</summary>
    /// <param name="client">The client.</param>
    /// <param name="defaultModelId">The model when the options name none.</param>
    [Experimental("MEAI001")]
    public static IImageGenerator AsIImageGenerator(this ImagesClient client, string defaultModelId = "gpt-image-2.6-sunburst") =>
        new ImagesClientImageGenerator(client, defaultModelId);
}
