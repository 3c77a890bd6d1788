namespace ImageContracts.Http;

/// <summary>The kind of an Image API stream event.</summary>
public enum ImageStreamEventKind
{
    /// <summary><c>image_generation.partial_image</c> or <c>image_edit.partial_image</c>: a preview of the image.</summary>
    PartialImage,

    /// <summary><c>image_generation.completed</c> or <c>image_edit.completed</c>: the final image and the usage.</summary>
    Completed,
}
