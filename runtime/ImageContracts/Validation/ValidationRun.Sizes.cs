
namespace ImageContracts;

/// <summary>Free-form sizes: the spec's size constraints, unconfirmed sizes and experimental pixel counts.</summary>
internal sealed partial class ValidationRun
{
    private void CheckSizes()
    {
        foreach ((ParameterContract parameter, NormalizedValue value) in Typed())
        {
            if (parameter.Kind != ParameterKind.Size || parameter.FreeFormSize is not { } free
                || value.Text is not { } text || !WireValue.TryParseSize(text, out int width, out int height))
            {
                continue;
            }

            long pixels = (long)width * height;
            bool listed = parameter.FindValue(text) is not null;
            if (!listed)
            {
                CheckFreeFormSize(parameter.WireName, text, width, height, free);
                if (!free.Confirmed)
                {
                    Warning(parameter.WireName, ValidationCodes.Unconfirmed,
                        $"Free-form size {text} on {Model} is UNCONFIRMED by the sources (only the listed sizes are documented: {AllowedList(parameter)}); the API may reject it.");
                }
            }

            if (free.ExperimentalAbovePixels is long experimental && pixels > experimental)
            {
                Warning(parameter.WireName, ValidationCodes.SizeExperimental,
                    $"Size {text} ({ValueReader.Thousands(pixels)} pixels) is above {ValueReader.Thousands(experimental)} pixels; {Model} documents such outputs as experimental.");
            }
        }
    }

    // The constraints live in FreeFormSizeContract.FindProblems, shared with the generated size types.
    private void CheckFreeFormSize(string wire, string text, int width, int height, FreeFormSizeContract free)
    {
        foreach ((string code, string problem) in free.FindProblems(width, height))
        {
            Error(wire, code, $"Size {text} for '{wire}' on {Model}: {problem}.");
        }
    }
}
