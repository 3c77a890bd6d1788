using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using ImageContracts.Batches;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests.Batches;

/// <summary>Batch input files: every request validated by its contract, invalid ones refused or reported with their
/// custom_id, valid ones written as one JSONL line each and read back line for line.</summary>
public class BatchInputTests
{
    private static readonly string[] Qualities = { "low", "medium", "high", "auto", "ultra" };

    /// <summary>One generated request: how it is given (typed, loose, wire names), its values, and by construction
    /// which error code (if any) it must be reported with.</summary>
    public sealed record LineSpec(int Form, int N, int Quality, bool Stream, bool ReuseId, string Prompt)
    {
        /// <summary>The codes the writer must report, decided from the values (not by the code under test).</summary>
        public IEnumerable<string> ExpectedCodes(bool duplicate)
        {
            if (duplicate)
            {
                yield return "batch_custom_id_duplicate";
            }

            if (N is < 1 or > 10)
            {
                yield return ValidationCodes.OutOfRange;
            }

            if (Quality == 4 && Form != 0)
            {
                yield return ValidationCodes.ValueNotAllowed;
            }

            if (Stream)
            {
                yield return "batch_streaming";
            }
        }
    }

    private static Arbitrary<LineSpec[]> Specs() =>
        (from form in Gen.Choose(0, 2)
         from n in Gen.Frequency((4, Gen.Choose(1, 10)), (1, Gen.Elements(0, 11, -1)))
         from quality in Gen.Choose(0, 4)
         from stream in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
         from reuse in Gen.Frequency((8, Gen.Constant(false)), (1, Gen.Constant(true)))
         from prompt in Gen.Elements("a red fox", "ünïcödé \"quoted\" \\ slash / line\nbreak", "catalogue shot 🦊", new string('x', 300))
         select new LineSpec(form, n, quality, stream, reuse, prompt)).ArrayOf().Where(a => a.Length > 0).ToArbitrary();

    [Fact]
    public void Random_valid_and_invalid_requests_are_written_and_read_back_line_for_line() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60).WithQuietOnSuccess(true), Prop.ForAll(Specs(), specs =>
        {
            using var output = new MemoryStream();
            var options = new BatchInputOptions { InvalidLines = BatchInvalidLines.Report, Catalog = ImageContract.Catalog };
            var expectedLines = new List<(string Id, JsonNode Body)>();
            var expectedProblems = new List<(string Id, string[] Codes)>();
            var ids = new HashSet<string>();
            BatchInputSummary summary;
            using (var writer = new BatchInputWriter(output, options, leaveOpen: true))
            {
                for (int i = 0; i < specs.Length; i++)
                {
                    LineSpec spec = specs[i];
                    string id = spec.ReuseId && i > 0 ? "line-" + (i - 1) : "line-" + i;
                    bool duplicate = ids.Contains(id);
                    string[] codes = spec.ExpectedCodes(duplicate).ToArray();
                    JsonNode body = Add(writer, id, spec);
                    if (codes.Length == 0)
                    {
                        ids.Add(id);
                        expectedLines.Add((id, body));
                    }
                    else
                    {
                        expectedProblems.Add((id, codes));
                    }
                }

                summary = writer.Complete();
            }

            string[] lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n');
            Assert.Equal("", lines[^1]);
            Assert.Equal(expectedLines.Count, lines.Length - 1);
            Assert.Equal(expectedLines.Count, summary.Lines);
            Assert.Equal(output.Length, summary.Bytes);
            for (int i = 0; i < expectedLines.Count; i++)
            {
                JsonNode line = JsonNode.Parse(lines[i])!;
                Assert.Equal(new[] { "custom_id", "method", "url", "body" }, line.AsObject().Select(p => p.Key));
                Assert.Equal(expectedLines[i].Id, (string?)line["custom_id"]);
                Assert.Equal("POST", (string?)line["method"]);
                Assert.Equal("/v1/images/generations", (string?)line["url"]);
                Assert.True(JsonNode.DeepEquals(expectedLines[i].Body, line["body"]), "line " + i + ": " + lines[i]);
            }

            Assert.Equal(expectedProblems.Select(p => p.Id), summary.Problems.Select(p => p.CustomId));
            for (int i = 0; i < expectedProblems.Count; i++)
            {
                string[] reported = summary.Problems[i].Errors.Select(e => e.Code).ToArray();
                Assert.All(expectedProblems[i].Codes, code => Assert.Contains(code, reported));
                Assert.Contains("custom_id \"" + expectedProblems[i].Id + "\"", summary.Problems[i].ToString(), StringComparison.Ordinal);
            }
        }));

    /// <summary>Adds the request in its form and returns the body the line must carry (built here from the values).</summary>
    private static JsonNode Add(BatchInputWriter writer, string id, LineSpec spec)
    {
        var body = new JsonObject { ["model"] = "gpt-image-2", ["prompt"] = spec.Prompt, ["n"] = spec.N };
        string quality = Qualities[spec.Quality];
        switch (spec.Form)
        {
            case 0:
                var typed = new GptImage2.GenerateRequest(spec.Prompt)
                {
                    N = spec.N,
                    Quality = spec.Quality switch { 0 => GptImage2.Quality.Low, 1 => GptImage2.Quality.Medium, 2 => GptImage2.Quality.High, _ => null },
                    Stream = spec.Stream ? true : null,
                };
                if (typed.Quality is not null)
                {
                    body["quality"] = quality;
                }

                writer.Add(id, typed);
                break;
            case 1:
                writer.Add(id, new ImageGenerationRequest(spec.Prompt) { Model = "gpt-image-2", N = spec.N, Quality = quality, Stream = spec.Stream ? true : null });
                body["quality"] = quality;
                break;
            default:
                var values = new Dictionary<string, object?> { ["prompt"] = spec.Prompt, ["n"] = spec.N, ["quality"] = quality };
                if (spec.Stream)
                {
                    values["stream"] = true;
                }

                writer.Add(id, "generations", "gpt-image-2", values);
                body["quality"] = quality;
                break;
        }

        if (spec.Stream)
        {
            body["stream"] = true;
        }

        return body;
    }

    /// <summary>Out of range, hidden from the analyzer (which rejects the constant at compile time).</summary>
    private static int TooMany() => 11;

    [Fact]
    public void An_invalid_line_is_refused_by_default_with_its_custom_id_and_nothing_is_written()
    {
        using var output = new MemoryStream();
        using var writer = new BatchInputWriter(output, leaveOpen: true);
        writer.Add("ok-1", new GptImage2.GenerateRequest("a red fox"));
        long before = output.Length;
        BatchLineException error = Assert.Throws<BatchLineException>(() => writer.Add("sku-42", new GptImage2.GenerateRequest("a red fox") { N = TooMany() }));
        Assert.Equal("sku-42", error.Problem.CustomId);
        Assert.Equal(2, error.Problem.Request);
        Assert.Contains("custom_id \"sku-42\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("n", error.Problem.Errors.Select(e => e.Parameter));
        Assert.Equal(before, output.Length);
        Assert.Equal(1, writer.Lines);
    }

    [Fact]
    public void Streaming_parameters_multipart_edits_file_bytes_and_mixed_endpoints_cannot_be_batch_lines()
    {
        using var output = new MemoryStream();
        using var writer = new BatchInputWriter(output, new BatchInputOptions { InvalidLines = BatchInvalidLines.Report, Catalog = ImageContract.Catalog }, leaveOpen: true);
        Assert.True(writer.Add("gen", new GptImage2.GenerateRequest("a red fox")));
        Assert.False(writer.Add("partials", new GptImage2.GenerateRequest("a red fox") { Stream = true, PartialImages = 2 }));
        Assert.False(writer.Add("multipart", new GptImage2.EditRequest("make it blue", ImageFile.FromBytes(TestImages.Png(64, 64)))));
        Assert.False(writer.Add("bytes", "edits", "gpt-image-2", new Dictionary<string, object?> { ["prompt"] = "x", ["image"] = TestImages.Png(64, 64) }));
        Assert.False(writer.Add("edit", new GptImage2.JsonEditRequest("make it blue", ImageReference.FromFileId("file-abc"))));
        Assert.False(writer.Add("", new GptImage2.GenerateRequest("a red fox")));
        Assert.False(writer.Add("variation", "variations", "dall-e-2", new Dictionary<string, object?>()));

        string Codes(string id) => string.Join(",", writer.Problems.Single(p => p.CustomId == id).Errors.Select(e => e.Code));
        Assert.Contains("batch_streaming", Codes("partials"), StringComparison.Ordinal);
        Assert.Contains("batch_multipart", Codes("multipart"), StringComparison.Ordinal);
        Assert.Contains("batch_not_batchable", Codes("bytes"), StringComparison.Ordinal);
        Assert.Contains("batch_endpoint_mismatch", Codes("edit"), StringComparison.Ordinal);
        Assert.Contains("batch_custom_id_missing", Codes(""), StringComparison.Ordinal);
        Assert.Contains("batch_not_batchable", Codes("variation"), StringComparison.Ordinal);
        Assert.Equal(1, writer.Complete().Lines);
    }

    [Fact]
    public void A_batch_of_JSON_edits_by_file_id_targets_the_edits_endpoint()
    {
        using var output = new MemoryStream();
        using (var writer = new BatchInputWriter(output, leaveOpen: true))
        {
            writer.Add("edit-1", new GptImage2.JsonEditRequest("make it blue", ImageReference.FromFileId("file-abc")));
            Assert.Equal("/v1/images/edits", writer.Complete().Endpoint);
        }

        JsonElement line = JsonDocument.Parse(output.ToArray()).RootElement;
        Assert.Equal("/v1/images/edits", line.GetProperty("url").GetString());
        Assert.Equal("file-abc", line.GetProperty("body").GetProperty("images")[0].GetProperty("file_id").GetString());
    }

    [Fact]
    public void The_estimate_sums_the_lines_with_the_spec_batch_discount()
    {
        // gpt-image-2 high 1024x1024: $0.211 per image (GUIDE-2); "a red fox" is 3 (chars/4) to 9 (UTF-8 bytes) text
        // tokens at $5/1M. Two lines, half price (spec batch.discount 0.5, UNCONFIRMED).
        using var output = new MemoryStream();
        using var writer = new BatchInputWriter(output, new BatchInputOptions { Catalog = ImageContract.Catalog }, leaveOpen: true);
        for (int i = 0; i < 2; i++)
        {
            writer.Add("fox-" + i, new GptImage2.GenerateRequest("a red fox") { Quality = GptImage2.Quality.High, Size = GptImage2.Size.W1024xH1024 });
        }

        BatchCostEstimate cost = writer.Complete().Cost;
        Assert.Equal(0.5m, cost.Discount);
        Assert.False(cost.DiscountConfirmed);
        Assert.Equal(2 * (0.211m + (3 * 5m / 1_000_000m)), cost.ListMinUsd);
        Assert.Equal(2 * (0.211m + (9 * 5m / 1_000_000m)), cost.ListMaxUsd);
        Assert.Equal(0.211015m, cost.MinUsd);
        Assert.Equal(0.211045m, cost.MaxUsd);
        Assert.Equal(0.1055225m, cost.LargestLineMaxUsd);
        Assert.False(cost.IsOpenEnded);
        Assert.Contains("UNCONFIRMED", cost.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_spec_records_the_batch_discount_as_unconfirmed_with_its_sources()
    {
        BatchPricing batch = ImageContract.Catalog.Batch!;
        Assert.Equal(0.5m, batch.Discount);
        Assert.Equal(0.5m, batch.PriceFactor);
        Assert.False(batch.Confirmed);
        Assert.Contains("COMM-BATCH1", batch.Source, StringComparison.Ordinal);
        Assert.Contains("NODE-7590", batch.Source, StringComparison.Ordinal);
    }
}
