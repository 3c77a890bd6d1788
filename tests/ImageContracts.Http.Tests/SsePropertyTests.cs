using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests;

/// <summary>
/// Recorded SSE bodies of both APIs (multi-MB events: 3 × 768 KiB partials and a 3 MiB final image, the Responses one
/// repeating the final image in <c>response.completed</c>), in LF, CRLF and CR forms, split at random byte positions
/// (some right at event boundaries) and read with random read sizes, always give the same events as an unsplit read;
/// cut short anywhere, they always fail with <see cref="ImageResponseException"/> after a prefix of those events.
/// </summary>
public class SsePropertyTests
{
    private static readonly byte[][] Partials = { Payloads.Image(100, 768 * 1024), Payloads.Image(101, 768 * 1024), Payloads.Image(102, 768 * 1024) };
    private static readonly byte[] Final = Payloads.Image(200, 3 * 1024 * 1024);
    private static readonly string[] Newlines = { "\n", "\r\n", "\r" };

    private static readonly Lazy<Recorded[]> ImageStreams = new(() => Newlines.Select(n => new Recorded(Payloads.ImageStream("image_generation", Partials, Final, n), n)).ToArray());
    private static readonly Lazy<Recorded[]> ResponseStreams = new(() => Newlines.Select(n => new Recorded(Payloads.ResponsesStream(Partials, Final, "ig_1", n), n)).ToArray());

    /// <summary>A small hand-written stream with a BOM, mixed line ends, comments, id/retry fields, an unknown event and
    /// JSON split over several <c>data:</c> lines.</summary>
    private static readonly byte[] Mixed = Encoding.UTF8.GetBytes(
        "\uFEFF: comment first\r\n"
        + "retry: 1000\n"
        + "id: 1\r"
        + "event: image_generation.partial_image\r\n"
        + "data: {\"type\":\"image_generation.partial_image\",\n"
        + "data:\"b64_json\":\"" + Payloads.B64(Payloads.Image(1, 300)) + "\",\r"
        + "data: \"partial_image_index\":0}\r\n"
        + "\r\n"
        + ": keep-alive\n\n"
        + "event: something.new\ndata: {\"type\":\"something.new\"}\n\n"
        + "data: {\"type\":\"image_generation.completed\",\"b64_json\":\"" + Payloads.B64(Payloads.Image(2, 500)) + "\",\"usage\":" + Payloads.Usage + "}\r\r");

    [Fact]
    public void Image_API_streams_split_anywhere_give_the_same_events() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25).WithQuietOnSuccess(true), Prop.ForAll(Plans(ImageStreams.Value), plan =>
        {
            Recorded recorded = ImageStreams.Value[plan.Variant];
            Assert.Equal(recorded.ImageBaseline, ReadImages(new ChunkedStream(recorded.Bytes, plan.Cuts, plan.ReadCap)));
        }));

    [Fact]
    public void Responses_streams_split_anywhere_give_the_same_events() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25).WithQuietOnSuccess(true), Prop.ForAll(Plans(ResponseStreams.Value), plan =>
        {
            Recorded recorded = ResponseStreams.Value[plan.Variant];
            Assert.Equal(recorded.ResponseBaseline, ReadResponses(new ChunkedStream(recorded.Bytes, plan.Cuts, plan.ReadCap)));
        }));

    [Fact]
    public void A_small_mixed_stream_read_in_tiny_pieces_gives_the_same_events()
    {
        List<string> baseline = ReadImages(new MemoryStream(Mixed));
        Assert.Equal(2, baseline.Count);
        Arbitrary<(int[] Cuts, int ReadCap)> plans = Gen.ArrayOf(Gen.Choose(0, Mixed.Length)).SelectMany(cuts => Gen.Choose(1, 17).Select(cap => (cuts, cap))).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(plans, plan =>
            Assert.Equal(baseline, ReadImages(new ChunkedStream(Mixed, plan.Cuts, plan.ReadCap)))));
    }

    [Fact]
    public void A_stream_cut_short_anywhere_fails_after_a_prefix_of_the_events()
    {
        Recorded recorded = ResponseStreams.Value[1];
        Arbitrary<(int End, int ReadCap)> plans = Gen.Choose(0, recorded.Bytes.Length - 1)
            .SelectMany(end => Gen.Choose(1, 1 << 20).Select(cap => (end, cap))).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25).WithQuietOnSuccess(true), Prop.ForAll(plans, plan =>
        {
            var seen = new List<string>();
            var ex = Assert.Throws<ImageResponseException>(() => ReadResponses(new ChunkedStream(recorded.Bytes, Array.Empty<int>(), plan.ReadCap, plan.End), seen));
            Assert.Equal(recorded.ResponseBaseline.Take(seen.Count), seen);
            Assert.True(seen.Count < recorded.ResponseBaseline.Count);
            Assert.True(ex.Message.Contains("middle of an event", StringComparison.Ordinal) || ex.Message.Contains("without response.completed", StringComparison.Ordinal), ex.Message);
        }));
    }

    [Fact]
    public void The_baselines_hold_every_event_and_image()
    {
        Recorded images = ImageStreams.Value[0];
        Assert.Equal(4, images.ImageBaseline.Count);
        Assert.Contains(Hash(Final), images.ImageBaseline[3]);
        Recorded responses = ResponseStreams.Value[0];
        Assert.Equal(11, responses.ResponseBaseline.Count);
        Assert.True(responses.Bytes.Length > 11_000_000, "Responses body " + responses.Bytes.Length);
        Assert.Contains(Hash(Final), responses.ResponseBaseline[10]);
        Assert.All(ImageStreams.Value.Skip(1), r => Assert.Equal(images.ImageBaseline, r.ImageBaseline));
        Assert.All(ResponseStreams.Value.Skip(1), r => Assert.Equal(responses.ResponseBaseline, r.ResponseBaseline));
    }

    /// <summary>Plans: a line-end variant, up to 40 random cuts plus cuts within 3 bytes of event boundaries, and a read cap from 64 B to 1 MiB.</summary>
    private static Arbitrary<Plan> Plans(Recorded[] variants) =>
        Gen.Choose(0, variants.Length - 1).SelectMany(variant =>
            Gen.ArrayOf(Gen.Choose(0, variants[variant].Bytes.Length), 40).SelectMany(random =>
                Gen.ArrayOf(Gen.Choose(0, variants[variant].Boundaries.Length - 1).SelectMany(b => Gen.Choose(-3, 3).Select(d => variants[variant].Boundaries[b] + d)), 12).SelectMany(near =>
                    Gen.Choose(6, 20).Select(log => new Plan(variant, random.Concat(near).ToArray(), 1 << log)))))
        .ToArbitrary();

    public sealed record Plan(int Variant, int[] Cuts, int ReadCap)
    {
        public override string ToString() => "variant " + Variant + ", read cap " + ReadCap + ", cuts " + string.Join(",", Cuts.Order());
    }

    private sealed class Recorded
    {
        public Recorded(byte[] bytes, string newline)
        {
            Bytes = bytes;
            byte[] separator = Encoding.ASCII.GetBytes(newline + newline);
            var boundaries = new List<int>();
            for (int i = bytes.AsSpan().IndexOf(separator); i >= 0;)
            {
                boundaries.Add(i + separator.Length);
                int next = bytes.AsSpan(i + separator.Length).IndexOf(separator);
                i = next < 0 ? -1 : i + separator.Length + next;
            }

            Boundaries = boundaries.ToArray();
            bool images = bytes.AsSpan(0, 40).IndexOf("image_generation."u8) >= 0;
            ImageBaseline = images ? ReadImages(new MemoryStream(bytes)) : new List<string>();
            ResponseBaseline = images ? new List<string>() : ReadResponses(new MemoryStream(bytes));
        }

        public byte[] Bytes { get; }
        public int[] Boundaries { get; }
        public List<string> ImageBaseline { get; }
        public List<string> ResponseBaseline { get; }
    }

    private static List<string> ReadImages(Stream body) => Run(async () =>
    {
        var list = new List<string>();
        await foreach (ImageStreamEvent e in SseEvents.ReadImageEventsAsync(body).ConfigureAwait(false))
        {
            list.Add(e.Kind + "|" + e.Type + "|" + e.PartialImageIndex + "|" + e.Size + "|" + e.OutputFormat + "|" + Hash(e.Image) + "|" + e.Usage?.TotalTokens);
        }

        return list;
    });

    private static List<string> ReadResponses(Stream body, List<string>? seen = null) => Run(async () =>
    {
        var list = seen ?? new List<string>();
        await foreach (ResponseStreamEvent e in SseEvents.ReadResponseEventsAsync(body).ConfigureAwait(false))
        {
            list.Add(e.Kind + "|" + e.Type + "|" + e.SequenceNumber + "|" + e.ItemId + "|" + e.PartialImageIndex + "|" + Hash(e.PartialImage)
                + "|" + e.Item?.Id + ":" + e.Item?.Status + ":" + (e.Item is null ? "" : Hash(e.Item.Result))
                + "|" + e.Response?.Id + ":" + e.Response?.Status + ":" + (e.Response?.Image is { } image ? Hash(image.Result) : ""));
        }

        return list;
    });

    private static T Run<T>(Func<Task<T>> body) => Task.Run(body).GetAwaiter().GetResult();

    private static string Hash(ReadOnlyMemory<byte> bytes) => bytes.IsEmpty ? "-" : Convert.ToHexString(SHA256.HashData(bytes.Span), 0, 8) + "/" + bytes.Length;
}
