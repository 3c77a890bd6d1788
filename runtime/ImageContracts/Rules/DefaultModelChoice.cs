using System;
using System.Collections.Generic;

#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>
/// The model the API uses when a request names none, decided once for the runtime catalog and the analyzer: the
/// endpoint's default; where the spec also records a GPT-image default (<c>defaultModelWithGptParameters</c>, generations
/// before 2026), that one as soon as a given parameter is one the plain default does not accept but a GPT image model does.
/// </summary>
internal static class DefaultModelChoice
{
    /// <param name="defaultModel">The endpoint's default model, or null when the spec records none.</param>
    /// <param name="gptDefault">The default when GPT-image parameters are given, or null.</param>
    /// <param name="given">The wire names of the parameters the request gives.</param>
    /// <param name="plainAccepts">Whether the plain default accepts a parameter, or null when the spec does not know that model.</param>
    /// <param name="someGptModelAccepts">Whether some GPT image model accepts a parameter on this endpoint.</param>
    public static string? For(string? defaultModel, string? gptDefault, IEnumerable<string> given, Func<string, bool>? plainAccepts, Func<string, bool> someGptModelAccepts)
    {
        if (gptDefault is null || defaultModel is null || plainAccepts is null)
        {
            return defaultModel;
        }

        foreach (string wire in given)
        {
            if (!plainAccepts(wire) && someGptModelAccepts(wire))
            {
                return gptDefault;
            }
        }

        return defaultModel;
    }
}
