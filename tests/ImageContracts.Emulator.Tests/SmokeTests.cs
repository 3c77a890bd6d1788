using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ImageContracts.Emulator.Tests.Support;

namespace ImageContracts.Emulator.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task Generation_returns_a_png_of_the_requested_size()
    {
        await using ImageEmulator server = await ImageEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-test");
        using HttpResponseMessage response = await http.PostAsync("images/generations",
            new StringContent("""{"model":"gpt-image-2","prompt":"a red fox","size":"1024x1536","quality":"low"}""", Encoding.UTF8, "application/json"));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using JsonDocument json = JsonDocument.Parse(body);
        byte[] png = json.RootElement.GetProperty("data")[0].GetProperty("b64_json").GetBytesFromBase64();
        string check = Decoders.PngCheck(png);
        Assert.Contains("1024 x 1536", check);
    }
}
