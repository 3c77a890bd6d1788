using System.Text.Json;

namespace ImageContracts.Emulator;

/// <summary>The Responses API with the image_generation tool.</summary>
internal sealed partial class ResponseService
{
    private readonly EmulatorState _state;
    private readonly ImageService _images;

    public ResponseService(EmulatorState state, ImageService images)
    {
        _state = state;
        _images = images;
    }

    public EmulatorOutcome Create(JsonElement body)
        => ApiErrors.Reply(501, "The emulator's Responses API is not built yet.", "server_error", null, null);
}
