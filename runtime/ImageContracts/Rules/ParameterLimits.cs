#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>
/// Integer ranges and text lengths, judged once for the runtime validator, the rule logic and the analyzer. A null bound
/// is open. Lengths are UTF-16 code units (<see cref="string.Length"/>), the unit the spec's <c>maxLength</c> is recorded in.
/// </summary>
internal static class ParameterLimits
{
    public static bool InRange(long value, long? minimum, long? maximum) => !(value < minimum) && !(value > maximum);

    public static bool TooLong(string text, int? maxLength) => maxLength is int max && text.Length > max;

    public static bool TooShort(string text, int? minLength) => minLength is int min && text.Length < min;
}
