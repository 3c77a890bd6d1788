using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ImageContracts.Emulator.Tests.Support;

namespace ImageContracts.Emulator.Tests;

/// <summary>Invalid requests get the API's error shape and codes; authentication; models and files.</summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("""{"model":"gpt-image-2","prompt":"x","quality":"standard"}""", 400, "invalid_value", "quality")]
    [InlineData("""{"model":"gpt-image-2","prompt":"x","response_format":"url"}""", 400, "unknown_parameter", "response_format")]
    [InlineData("""{"model":"gpt-image-2","prompt":"x","n":11}""", 400, "integer_above_max_value", "n")]
    [InlineData("""{"model":"gpt-image-2"}""", 400, "missing_required_parameter", "prompt")]
    [InlineData("""{"model":"dall-e-3","prompt":"x"}""", 404, "model_not_found", null)]
    [InlineData("""{"model":"gpt-image-9","prompt":"x"}""", 404, "model_not_found", null)]
    public async Task Invalid_generations_get_the_api_error_object(string body, int status, string code, string? param)
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using HttpClient http = Http(server, Emulators.ApiKey);
        using HttpResponseMessage response = await http.PostAsync("images/generations", new StringContent(body, Encoding.UTF8, "application/json"), Emulators.Deadline());
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement error = json.RootElement.GetProperty("error");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task The_client_surfaces_the_code_and_param_of_a_tool_error()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using ImagesClient client = Emulators.Client(server);
        var tool = new GptImage2.ImageGenerationTool { PartialImages = TooManyPartials };
        ImageApiException error = await Assert.ThrowsAsync<ImageApiException>(() => client.CreateResponseAsync(new ImageResponseRequest("gpt-5", tool, "x"), Emulators.Deadline()));
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("integer_above_max_value", error.ErrorCode);
        Assert.Equal("tools[0].partial_images", error.Param);
    }

    [Fact]
    public async Task Requests_without_or_with_a_wrong_key_get_401_and_the_key_is_never_echoed()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using HttpClient anonymous = Http(server, null);
        using HttpClient wrong = Http(server, "sk-wrong-secret-value");
        using HttpResponseMessage none = await anonymous.GetAsync("models", Emulators.Deadline());
        using HttpResponseMessage bad = await wrong.GetAsync("models", Emulators.Deadline());
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        string body = await bad.Content.ReadAsStringAsync();
        Assert.Contains("invalid_api_key", body);
        Assert.DoesNotContain("sk-wrong-secret-value", body);
    }

    [Fact]
    public async Task Open_emulator_accepts_requests_without_a_key()
    {
        await using ImageEmulator server = await ImageEmulator.StartAsync(new ImageEmulatorOptions { RequireAuthentication = false });
        using HttpClient anonymous = Http(server, null);
        using HttpResponseMessage response = await anonymous.GetAsync("models", Emulators.Deadline());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Models_list_only_live_models_with_shutdown_dates_from_the_spec_lifecycle()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.BeforeGptImage15Shutdown);
        using HttpClient http = Http(server, Emulators.ApiKey);
        using JsonDocument list = JsonDocument.Parse(await http.GetStringAsync("models", Emulators.Deadline()));
        Dictionary<string, JsonElement> models = list.RootElement.GetProperty("data").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!, m => m.Clone());

        Assert.Equal("2026-12-01", models["gpt-image-1.5"].GetProperty("shutdown_date").GetString()); // spec: shutdown 2026-12-01
        Assert.Equal(JsonValueKind.Null, models["gpt-image-2"].GetProperty("shutdown_date").ValueKind);
        Assert.False(models.ContainsKey("dall-e-3")); // shut down 2026-05-12
        Assert.False(models.ContainsKey("gpt-image-1")); // shut down 2026-10-23
        using HttpResponseMessage gone = await http.GetAsync("models/dall-e-3", Emulators.Deadline());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Files_upload_retrieve_download_and_delete()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using ImagesClient client = Emulators.Client(server);
        byte[] png = Pixels.SolidPng(16, 16, 1, 2, 3);
        UploadedFile file = await client.UploadFileAsync(ImageFile.FromBytes(png, "tiny.png"), cancellationToken: Emulators.Deadline());
        using HttpClient http = Http(server, Emulators.ApiKey);

        Assert.Equal(png.Length, file.Bytes);
        Assert.Equal("vision", file.Purpose);
        Assert.Equal(png, await http.GetByteArrayAsync($"files/{file.Id}/content", Emulators.Deadline()));
        using JsonDocument meta = JsonDocument.Parse(await http.GetStringAsync($"files/{file.Id}", Emulators.Deadline()));
        Assert.Equal("tiny.png", meta.RootElement.GetProperty("filename").GetString());
        using HttpResponseMessage deleted = await http.DeleteAsync($"files/{file.Id}", Emulators.Deadline());
        Assert.Contains("\"deleted\":true", await deleted.Content.ReadAsStringAsync());
        using HttpResponseMessage missing = await http.GetAsync($"files/{file.Id}", Emulators.Deadline());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>Not a constant, so the analyzer lets the invalid value compile (the emulator must catch it).</summary>
    private static readonly int TooManyPartials = int.Parse("4", System.Globalization.CultureInfo.InvariantCulture);

    internal static HttpClient Http(ImageEmulator server, string? key)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return http;
    }
}
