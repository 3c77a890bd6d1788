using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ImageContracts.Http.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace ImageContracts.Http.Tests.Hostile;

/// <summary>
/// A reflecting server echoes the key it received into every field that comes from a server (error type, code, param,
/// message, <c>x-request-id</c>, raw bodies, the SSE event name, stream error events): the key reaches no exception
/// message or property, no log line and no span tag. Truncated bodies are scrubbed before they are cut.
/// </summary>
public class ScrubbingTests
{
    private const string Key = TestKeys.ApiKey;

    /// <summary>Every piece of the key six characters long: none may appear (a part of the key is a leak too).</summary>
    private static void AssertNoKeyPart(string text)
    {
        for (int i = 0; i + 6 <= Key.Length; i++)
        {
            Assert.DoesNotContain(Key.Substring(i, 6), text);
        }
    }

    /// <summary>The key as the server received it, in either header mode.</summary>
    private static string Echo(HttpContext ctx)
    {
        string? header = ctx.Request.Headers.Authorization.FirstOrDefault();
        return header is not null && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : ctx.Request.Headers["api-key"].ToString();
    }

    private static string Str(string text) => System.Text.Json.JsonSerializer.Serialize(text, TestJson.Default.String);

    /// <summary>Runs one call against a reflecting server and checks the exception, the log lines and the span tags.</summary>
    private static async Task<Exception> CallAndCheck(Func<HttpContext, Task> reflect, Func<ImagesClient, CancellationToken, Task> call, string? keyHeader, CancellationToken token)
    {
        await using var server = await TestServer.StartAsync((ctx, _) => reflect(ctx));
        var logs = new CapturingClientLog();
        using var spans = new SpanRecorder();
        var options = new ImagesClientOptions
        {
            BaseAddress = server.BaseAddress,
            ApiKey = Key,
            ApiKeyHeaderName = keyHeader,
            MaxRetries = 0,
            Timeout = TimeSpan.FromSeconds(20),
            Catalog = ImageContract.Catalog,
            Log = logs,
        };
        using var client = new ImagesClient(options);

        Exception ex = await Assert.ThrowsAnyAsync<Exception>(() => call(client, token));

        Assert.Equal(1, server.Count);
        Assert.True(server.Requests[0].Headers.Values.Any(v => v.Contains(Key, StringComparison.Ordinal)), "the server received the key");
        Assert.NotEmpty(logs.Lines);
        foreach (string text in Texts(ex).Concat(logs.Lines).Concat(spans.Texts))
        {
            AssertNoKeyPart(text);
        }

        return ex;
    }

    /// <summary>Every string an exception exposes: message, ToString, and the API fields.</summary>
    private static IEnumerable<string> Texts(Exception ex)
    {
        yield return ex.Message;
        yield return ex.ToString();
        if (ex is ImagesClientException client)
        {
            yield return client.RequestId ?? "";
        }

        if (ex is ImageApiException api)
        {
            yield return api.ApiMessage ?? "";
            yield return api.ErrorType ?? "";
            yield return api.ErrorCode ?? "";
            yield return api.Param ?? "";
        }
    }

    public static TheoryData<string?> KeyHeaders => new() { null, "api-key" };

    [Theory]
    [MemberData(nameof(KeyHeaders))]
    public Task An_error_echoing_the_key_in_every_field_and_the_request_id_leaks_nothing(string? keyHeader) => Limit.Run(async token =>
    {
        Exception ex = await CallAndCheck(
            ctx =>
            {
                string key = Echo(ctx);
                ctx.Response.Headers["x-request-id"] = "req_" + key;
                return Respond.Json(ctx, "{\"error\":{\"message\":" + Str("bad key " + key) + ",\"type\":" + Str("type_" + key) + ",\"code\":" + Str(key) + ",\"param\":" + Str("p." + key) + "}}", 400, ("x-request-id", "req_" + key));
            },
            (client, t) => client.GenerateAsync(new GptImage2.GenerateRequest("x"), t),
            keyHeader,
            token);

        var api = Assert.IsType<ImageApiException>(ex);
        Assert.Equal("req_***", api.RequestId);
        Assert.Equal("type_***", api.ErrorType);
        Assert.Equal("***", api.ErrorCode);
        Assert.Equal("p.***", api.Param);
        Assert.Equal("bad key ***", api.ApiMessage);
    });

    [Fact]
    public Task A_rate_limit_echoing_the_key_in_Retry_After_leaks_nothing() => Limit.Run(async token =>
    {
        Exception ex = await CallAndCheck(
            ctx => Respond.Error(ctx, 429, "requests", null, "slow", headers: ("Retry-After", "9e99 " + Echo(ctx))),
            (client, t) => client.GenerateAsync(new GptImage2.GenerateRequest("x"), t),
            null,
            token);

        Assert.IsType<ImageApiException>(ex);
    });

    [Fact]
    public Task A_non_JSON_body_with_the_key_across_the_cut_shows_no_part_of_it() => Limit.Run(async token =>
    {
        Exception ex = await CallAndCheck(
            ctx => Respond.Bytes(ctx, Encoding.UTF8.GetBytes(new string('x', 290) + Echo(ctx) + new string('y', 100)), "text/html", 502),
            (client, t) => client.GenerateAsync(new GptImage2.GenerateRequest("x"), t),
            "api-key",
            token);

        Assert.Contains("xxx***", ex.Message);
    });

    [Fact]
    public Task An_image_stream_event_name_echoing_the_key_leaks_nothing() => Limit.Run(async token =>
    {
        ImageStreamEvent? partial = null;
        await CallAndCheck(
            ctx =>
            {
                string key = Echo(ctx);
                ctx.Response.Headers["x-request-id"] = key;
                return Respond.Sse(ctx, Encoding.UTF8.GetBytes(
                    "event: x" + key + ".partial_image\ndata: {\"b64_json\":\"" + Payloads.B64(Payloads.Image(3, 100)) + "\"}\n\n"
                    + "event: bad" + key + "\ndata: {not json\n\n"));
            },
            async (client, t) =>
            {
                await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(new GptImage2.GenerateRequest("x"), t))
                {
                    partial = item;
                }
            },
            null,
            token);

        Assert.NotNull(partial);
        Assert.Equal("x***.partial_image", partial!.Type);
    });

    [Theory]
    [MemberData(nameof(KeyHeaders))]
    public Task An_image_stream_error_event_echoing_the_key_leaks_nothing(string? keyHeader) => Limit.Run(async token =>
    {
        Exception ex = await CallAndCheck(
            ctx =>
            {
                string key = Echo(ctx);
                return Respond.Sse(ctx, Encoding.UTF8.GetBytes(
                    "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":" + Str(key) + ",\"code\":" + Str("c" + key) + ",\"message\":" + Str(key) + ",\"param\":" + Str(key) + "}}\n\n"));
            },
            async (client, t) =>
            {
                await foreach (ImageStreamEvent _ in client.GenerateStreamingAsync(new GptImage2.GenerateRequest("x"), t))
                {
                }
            },
            keyHeader,
            token);

        var api = Assert.IsType<ImageApiException>(ex);
        Assert.Equal("c***", api.ErrorCode);
        Assert.Equal("***", api.Param);
    });

    [Fact]
    public Task A_Responses_stream_error_event_echoing_the_key_leaks_nothing() => Limit.Run(async token =>
    {
        Exception ex = await CallAndCheck(
            ctx =>
            {
                string key = Echo(ctx);
                return Respond.Sse(ctx, Encoding.UTF8.GetBytes(
                    "event: error\ndata: {\"type\":\"error\",\"code\":" + Str(key) + ",\"message\":" + Str("m" + key) + ",\"param\":" + Str(key) + "}\n\n"));
            },
            async (client, t) =>
            {
                await foreach (ResponseStreamEvent _ in client.CreateResponseStreamingAsync(new ImageResponseRequest("gpt-4.1", new GptImage2.ImageGenerationTool(), "x"), t))
                {
                }
            },
            null,
            token);

        var api = Assert.IsType<ImageApiException>(ex);
        Assert.Equal("***", api.ErrorCode);
    });

    /// <summary>Filler that shares no character with the key (ASCII, two- and three-byte UTF-8, controls).</summary>
    private static readonly char[] Filler = { 'x', 'y', 'z', ' ', 'é', 'ß', '✓', '€', '\n', '<', '>' };

    [Fact]
    public void A_raw_body_is_scrubbed_before_it_is_cut_wherever_the_key_falls() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), Prop.ForAll(
            Gen.Choose(0, 700).SelectMany(before => Gen.Choose(0, 200).SelectMany(after => Gen.Choose(0, int.MaxValue).Select(seed => (before, after, seed)))).ToArbitrary(),
            plan =>
            {
                var random = new Random(plan.seed);
                string text = new string(Enumerable.Range(0, plan.before).Select(_ => Filler[random.Next(Filler.Length)]).ToArray())
                    + Key + new string(Enumerable.Range(0, plan.after).Select(_ => Filler[random.Next(Filler.Length)]).ToArray());
                ImageApiException ex = ApiErrorReader.Create(HttpStatusCode.BadGateway, Encoding.UTF8.GetBytes(text), "text/html", Key, null, null, 1, null);
                AssertNoKeyPart(ex.Message);
                AssertNoKeyPart(ex.ApiMessage!);
            }));

    [Fact]
    public void Cut_positions_right_around_the_key_show_no_part_of_it()
    {
        // Every start position from well before to past the 300-character cut, exhaustively.
        for (int before = 250; before <= 320; before++)
        {
            string text = new string('x', before) + Key + "tail";
            ImageApiException ex = ApiErrorReader.Create(HttpStatusCode.InternalServerError, Encoding.UTF8.GetBytes(text), "text/plain", Key, null, null, 1, null);
            AssertNoKeyPart(ex.Message);
        }
    }
}
