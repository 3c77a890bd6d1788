using System;
using System.Collections.Concurrent;

namespace ImageContracts.Emulator;

/// <summary>Images answered by URL (models with <c>response_format=url</c>), each valid until its expiry.</summary>
internal sealed class ImageUrlStore
{
    private readonly ConcurrentDictionary<string, (byte[] Bytes, string ContentType, DateTimeOffset Expires)> _images = new(StringComparer.Ordinal);
    private readonly EmulatorIds _ids;

    public ImageUrlStore(EmulatorIds ids) => _ids = ids;

    /// <summary>The path below the server root that serves stored images.</summary>
    public const string PathPrefix = "emulator/images/";

    public string Add(byte[] bytes, string contentType, DateTimeOffset expires)
    {
        string id = _ids.Next("img-");
        _images[id] = (bytes, contentType, expires);
        return id;
    }

    /// <summary>The image, or null when unknown or expired at <paramref name="now"/>.</summary>
    public (byte[] Bytes, string ContentType)? Find(string id, DateTimeOffset now)
        => _images.TryGetValue(id, out var image) && now < image.Expires ? (image.Bytes, image.ContentType) : null;
}
