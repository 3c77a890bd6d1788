namespace ImageContracts.Http;

/// <summary>The kind of a Responses API stream event.</summary>
public enum ResponseStreamEventKind
{
    /// <summary>An event type this version does not interpret (see <see cref="ResponseStreamEvent.Type"/>).</summary>
    Other,

    /// <summary><c>response.created</c>.</summary>
    ResponseCreated,

    /// <summary><c>response.in_progress</c>.</summary>
    ResponseInProgress,

    /// <summary><c>response.completed</c>: <see cref="ResponseStreamEvent.Response"/> holds the final response (its images
    /// are the ones already decoded for <c>output_item.done</c>, not decoded again).</summary>
    ResponseCompleted,

    /// <summary><c>response.incomplete</c>: the response stopped early (see <see cref="ImageResponse.IncompleteReason"/>).</summary>
    ResponseIncomplete,

    /// <summary><c>response.output_item.added</c>.</summary>
    OutputItemAdded,

    /// <summary><c>response.output_item.done</c>: for an image call, <see cref="ResponseStreamEvent.Item"/> holds the final image.</summary>
    OutputItemDone,

    /// <summary><c>response.image_generation_call.in_progress</c>.</summary>
    ImageGenerationInProgress,

    /// <summary><c>response.image_generation_call.generating</c>.</summary>
    ImageGenerationGenerating,

    /// <summary><c>response.image_generation_call.partial_image</c>: <see cref="ResponseStreamEvent.PartialImage"/> holds a preview.</summary>
    ImageGenerationPartialImage,

    /// <summary><c>response.image_generation_call.completed</c>.</summary>
    ImageGenerationCompleted,

    /// <summary><c>response.output_text.delta</c>: <see cref="ResponseStreamEvent.Text"/> holds the delta.</summary>
    OutputTextDelta,

    /// <summary><c>response.output_text.done</c>: <see cref="ResponseStreamEvent.Text"/> holds the whole text.</summary>
    OutputTextDone,
}
