// Requests for a model the spec does not know are built on purpose; the analyzer reports them as IMG0009 warnings.
#pragma warning disable IMG0009

using System.Text;
using ImageContracts.Http.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace ImageContracts.Http.Tests;

/// <summary>
/// Unknown models against the real server (sent with a warning by default, refused before sending with
/// <see cref="UnknownModelPolicy.Refuse"/>, the policy bound from configuration), <see cref="ImagesClient.ListModelsAsync"/>
/// on a recorded-shape <c>/v1/models</c> body (shutdown_date null, absent and set), and the drift report over it.
/// </summary>
public class ModelLifecycleTests
{
    private const string Unknown = "gpt-image-7-nebula";
    private static readonly byte[] Image = Payloads.Image(3, 2_000);
    private static readonly DateOnly Today = new(2026, 12, 2);

    // The shape of GET /v1/models (NODE-7590 resources/models.d.ts): id, object, created, owned_by, optional shutdown_date.
    private const string RecordedList = """
        {"object":"list","data":[
          {"id":"gpt-image-2","object":"model","created":1776729600,"owned_by":"system","shutdown_date":null},
          {"id":"gpt-image-1.5","object":"model","created":1765843200,"owned_by":"system","shutdown_date":"2026-12-01"},
          {"id":"gpt-4.1","object":"model","created":1744316542,"owned_by":"system"},
          {"id":"ft:gpt-4.1:acme::abc","object":"model","created":1744316542,"owned_by":"user-acme","extra":{"nested":[1,2]}}
        ]}
        """;

    [Fact]
    public Task An_unknown_model_is_sent_with_its_parameters_by_default() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        using ImagesClient client = server.Client();

        ImageResult result = await client.GenerateAsync(new ImageGenerationRequest("A fox") { Model = Unknown, Quality = "xhigh", N = 1 }, token);

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("/v1/images/generations", sent.Path);
        Assert.Equal(Unknown, sent.Json.GetProperty("model").GetString());
        Assert.Equal("xhigh", sent.Json.GetProperty("quality").GetString());
        Assert.Equal(Image, result.Image.ToArray());
        Assert.Null(result.CostUsd); // no prices for a model the spec does not know
    });

    [Fact]
    public Task An_unknown_model_still_fails_the_checks_every_model_shares_and_is_not_sent() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        using ImagesClient client = server.Client();

        var error = await Assert.ThrowsAsync<ImageRequestValidationException>(() =>
            client.GenerateAsync(new ImageGenerationRequest("A fox") { Model = Unknown, N = 11 }, token));

        Assert.True(error.Validation.Has(ValidationCodes.OutOfRange));
        Assert.Equal(0, server.Count);
    });

    [Fact]
    public Task Refuse_stops_an_unknown_model_before_sending() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        using ImagesClient client = server.Client(o => o.UnknownModelPolicy = UnknownModelPolicy.Refuse);

        var error = await Assert.ThrowsAsync<ImageRequestValidationException>(() =>
            client.GenerateAsync(new ImageGenerationRequest("A fox") { Model = Unknown }, token));
        await Assert.ThrowsAsync<ImageRequestValidationException>(() =>
            client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1", new ImageGenerationTool { Model = Unknown }, "Draw a fox"), token));

        ValidationFinding refused = Assert.Single(error.Validation.Errors);
        Assert.Equal((ValidationCodes.UnknownModel, "model"), (refused.Code, refused.Parameter));
        Assert.Equal(0, server.Count);
        await client.GenerateAsync(new GptImage2.GenerateRequest("A fox"), token); // known models are unaffected
        Assert.Equal(1, server.Count);
    });

    [Theory]
    [InlineData("Refuse", UnknownModelPolicy.Refuse)]
    [InlineData("warn", UnknownModelPolicy.Warn)]
    public void The_policy_binds_from_configuration(string configured, UnknownModelPolicy expected)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Images:UnknownModelPolicy"] = configured }).Build();
        var options = new ImagesClientOptions { UnknownModelPolicy = expected == UnknownModelPolicy.Warn ? UnknownModelPolicy.Refuse : UnknownModelPolicy.Warn };

        ImagesClientOptionsBinder.Bind(configuration.GetSection("Images"), options);

        Assert.Equal(expected, options.UnknownModelPolicy);
    }

    [Theory]
    [InlineData("Maybe")]
    [InlineData("1")]
    public void A_policy_that_is_not_a_name_fails_with_the_key(string configured)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Images:UnknownModelPolicy"] = configured }).Build();

        var error = Assert.Throws<FormatException>(() => ImagesClientOptionsBinder.Bind(configuration.GetSection("Images"), new ImagesClientOptions()));

        Assert.Contains("Images:UnknownModelPolicy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task ListModelsAsync_reads_ids_creation_owner_and_shutdown_dates() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, RecordedList));
        using ImagesClient client = server.Client();

        IReadOnlyList<ApiModel> models = await client.ListModelsAsync(token);

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal(("GET", "/v1/models"), (sent.Method, sent.Path));
        Assert.Equal("Bearer " + TestKeys.ApiKey, sent.Header("Authorization"));
        Assert.Equal(
            new[]
            {
                new ApiModel("gpt-image-2", new DateTimeOffset(2026, 4, 21, 0, 0, 0, TimeSpan.Zero), "system", null),
                new ApiModel("gpt-image-1.5", new DateTimeOffset(2025, 12, 16, 0, 0, 0, TimeSpan.Zero), "system", new DateOnly(2026, 12, 1)),
                new ApiModel("gpt-4.1", new DateTimeOffset(2025, 4, 10, 20, 22, 22, TimeSpan.Zero), "system", null),
                new ApiModel("ft:gpt-4.1:acme::abc", new DateTimeOffset(2025, 4, 10, 20, 22, 22, TimeSpan.Zero), "user-acme", null),
            },
            models);
    });

    [Theory]
    [InlineData("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-image-2\",\"created\":1,\"owned_by\":\"system\",\"shutdown_date\":\"12/01/2026\"}]}", "shutdown_date")]
    [InlineData("{\"object\":\"list\",\"data\":[{\"created\":1,\"owned_by\":\"system\"}]}", "no id")]
    [InlineData("{\"object\":\"list\"}", "data")]
    [InlineData("[]", "object")]
    public Task A_model_list_that_is_not_one_is_a_response_error(string body, string mentions) => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, body));
        using ImagesClient client = server.Client();

        var error = await Assert.ThrowsAsync<ImageResponseException>(() => client.ListModelsAsync(token));

        Assert.Contains(mentions, error.Message, StringComparison.Ordinal);
    });

    [Fact]
    public Task The_drift_report_over_the_served_list_names_each_change_the_spec_needs() => Limit.Run(async token =>
    {
        // The API list mirrors the spec's live models with the spec's dates, then differs in four ways.
        ModelContract[] live = ImageContract.Models.Where(m => m.Lifecycle?.IsRetiredOn(Today) != true).ToArray();
        ModelContract dropped = live.First(m => m.Id != "gpt-image-2");
        ModelContract retired = ImageContract.Models.First(m => m.Lifecycle?.IsRetiredOn(Today) == true);
        var entries = new List<string>();
        foreach (ModelContract model in live.Where(m => m != dropped))
        {
            DateOnly? shutdown = model.Id == "gpt-image-2" ? new DateOnly(2031, 1, 31) : model.Lifecycle?.Shutdown;
            entries.Add(Entry(model.Id, shutdown, omitNull: entries.Count % 2 == 0));
        }

        entries.Add(Entry(retired.Id, retired.Lifecycle!.Shutdown, omitNull: false));
        entries.Add(Entry(Unknown, null, omitNull: true));
        entries.Add(Entry("gpt-4.1", new DateOnly(2027, 1, 14), omitNull: false));
        entries.Add(Entry("whisper-1", null, omitNull: true));
        string list = "{\"object\":\"list\",\"data\":[" + string.Join(",", entries) + "]}";
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, list));
        using ImagesClient client = server.Client();

        CatalogDrift drift = CatalogDrift.Compare(await client.ListModelsAsync(token), ImageContract.Catalog, new FixedClock(Today));

        Assert.Equal(Today, drift.Today);
        Assert.Equal(
            new[]
            {
                (DriftKind.NotInSpec, Unknown),
                (DriftKind.ShutdownDiffers, "gpt-image-2"),
                (DriftKind.MissingFromApi, dropped.Id),
                (DriftKind.ServedAfterShutdown, retired.Id),
            },
            drift.Findings.Select(f => (f.Kind, f.ModelId)));
        DriftFinding dates = drift.Findings[1];
        Assert.Equal((new DateOnly(2031, 1, 31), ImageContract.Find("gpt-image-2")!.Lifecycle?.Shutdown), (dates.ApiShutdown, dates.SpecShutdown));
        Assert.Contains("2031-01-31", dates.Message, StringComparison.Ordinal);
        Assert.Contains(Unknown, drift.ToString(), StringComparison.Ordinal);
    });

    private static string Entry(string id, DateOnly? shutdown, bool omitNull)
    {
        var entry = new StringBuilder("{\"id\":\"").Append(id).Append("\",\"object\":\"model\",\"created\":1764547200,\"owned_by\":\"system\"");
        if (shutdown is { } date)
        {
            entry.Append(",\"shutdown_date\":\"").Append(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('"');
        }
        else if (!omitNull)
        {
            entry.Append(",\"shutdown_date\":null");
        }

        return entry.Append('}').ToString();
    }

    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero);
    }
}
